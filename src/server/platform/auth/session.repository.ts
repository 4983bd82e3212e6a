import { sql } from 'kysely';
import type { Executor } from '../db/transaction';

export async function insertSession(
  db: Executor,
  row: { id: string; accountId: string; csrfToken: string; now: Date; idleExpiresAt: Date; absoluteExpiresAt: Date; ip: string | null; userAgent: string | null },
) {
  await db
    .insertInto('session')
    .values({
      id: row.id,
      account_id: row.accountId,
      csrf_token: row.csrfToken,
      created_at: row.now,
      idle_expires_at: row.idleExpiresAt,
      absolute_expires_at: row.absoluteExpiresAt,
      ip: row.ip,
      user_agent: row.userAgent,
    })
    .execute();
}

/** The session with its account, instansi and roles in one round trip. */
export async function findSessionWithAccount(db: Executor, sessionId: string) {
  return db
    .selectFrom('session as s')
    .innerJoin('account as a', 'a.id', 's.account_id')
    .innerJoin('instansi as i', 'i.id', 'a.instansi_id')
    .select((eb) => [
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.idle_expires_at as idleExpiresAt',
      's.absolute_expires_at as absoluteExpiresAt',
      'a.id as accountId',
      'a.login',
      'a.name',
      'a.active',
      'a.must_change_password as mustChangePassword',
      'a.instansi_id as instansiId',
      'i.name as instansiName',
      'a.pegawai_id as pegawaiId',
      eb
        .selectFrom('account_role as ar')
        .whereRef('ar.account_id', '=', 'a.id')
        .where('ar.role', '=', 'ADMIN_OPD')
        .where('ar.opd_id', 'is not', null)
        .select(sql<string[]>`coalesce(array_agg(ar.opd_id::text), '{}')`.as('ids'))
        .as('adminOpdIds'),
      // ATASAN is also derived: whoever is someone's atasan, penilai or atasan penilai holds it.
      eb
        .exists(
          eb
            .selectFrom('penilai_chain as c')
            .select('c.pegawai_id')
            .where((w) =>
              w.or([w('c.atasan_pegawai_id', '=', w.ref('a.pegawai_id')), w('c.penilai_pegawai_id', '=', w.ref('a.pegawai_id')), w('c.atasan_penilai_pegawai_id', '=', w.ref('a.pegawai_id'))]),
            ),
        )
        .as('leadsSomeone'),
      eb
        .selectFrom('account_role as r')
        .whereRef('r.account_id', '=', 'a.id')
        .select((e) => e.fn.agg<string[]>('array_agg', ['r.role']).as('roles'))
        .as('roles'),
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

export async function extendSession(db: Executor, sessionId: string, idleExpiresAt: Date) {
  await db.updateTable('session').set({ idle_expires_at: idleExpiresAt }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Executor, sessionId: string) {
  await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

export async function deleteOtherSessions(db: Executor, accountId: string, keepSessionId: string | null) {
  let query = db.deleteFrom('session').where('account_id', '=', accountId);
  if (keepSessionId) query = query.where('id', '<>', keepSessionId);
  await query.execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date) {
  await db.deleteFrom('session').where((eb) => eb.or([eb('absolute_expires_at', '<=', now), eb('idle_expires_at', '<=', now)])).execute();
}
