import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';

/** Open periods of open performance years whose realisation deadline is today or later. */
export async function listOpenPeriodsClosingFrom(db: Executor, today: string) {
  return db
    .selectFrom('period as p')
    .innerJoin('performance_year as y', 'y.id', 'p.year_id')
    .select(['p.id', 'p.name', 'p.ends_on', 'p.realisation_closes', 'y.instansi_id', 'y.year'])
    .where('p.status', '=', 'OPEN')
    .where('y.status', '=', 'OPEN')
    .where('p.realisation_closes', '>=', today)
    .orderBy('p.id')
    .execute();
}

export interface DuePeriod {
  id: string;
  instansiId: string;
  year: number;
  endsOn: string;
}

/**
 * One REALISATION_REMINDER per running, approved SKP of the period's year that has not submitted
 * this period yet, to each active account of its owner — in one INSERT … SELECT, however many
 * people that is. The dedupe key (the shape notify() gives it) makes a second run, in this
 * process or another, insert nothing. Returns how many were made now.
 */
export async function insertRealisationReminders(db: Executor, period: DuePeriod, text: { title: string; body: string }): Promise<number> {
  const targets = db
    .selectFrom('skp as s')
    .innerJoin('account as a', (join) => join.onRef('a.pegawai_id', '=', 's.pegawai_id').on('a.active', '=', true))
    .innerJoin('pegawai as pg', 'pg.id', 's.pegawai_id')
    .select([
      'a.id as account_id',
      sql<string>`'REALISATION_REMINDER'`.as('kind'),
      sql<string>`${text.title}::text`.as('title'),
      sql<string>`${text.body}::text`.as('body'),
      sql<string>`concat('/skp/', s.id, '/periode/', ${period.id}::bigint)`.as('link'),
      sql<string>`concat('reminder:period:', ${period.id}::bigint, ':skp:', s.id, ':account:', a.id)`.as('dedupe_key'),
      sql<string | null>`nullif(trim(pg.email), '')`.as('email_to'),
      sql<string>`case when nullif(trim(pg.email), '') is null then 'NONE' else 'PENDING' end`.as('email_status'),
    ])
    .where('s.instansi_id', '=', period.instansiId)
    .where('s.year', '=', period.year)
    .where('s.valid_to', 'is', null)
    .where('s.status', '=', 'DISETUJUI')
    // An SKP started after the period (a new post after a mutasi) owes nothing for it.
    .where('s.valid_from', '<=', period.endsOn)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('realisation_period as rp').select('rp.skp_id').whereRef('rp.skp_id', '=', 's.id').where('rp.period_id', '=', period.id))),
    );
  const inserted = await db
    .insertInto('notification')
    .columns(['account_id', 'kind', 'title', 'body', 'link', 'dedupe_key', 'email_to', 'email_status'])
    .expression(targets)
    .onConflict((oc) => oc.column('dedupe_key').where(sql.ref('dedupe_key'), 'is not', null).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}
