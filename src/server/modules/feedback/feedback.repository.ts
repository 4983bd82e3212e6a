import type { Insertable } from 'kysely';
import type { FeedbackTable } from '../../db/schema-execution';
import { onCurrentPlacement, storedChains } from '../organisation';
import type { Executor } from '../../platform/db/transaction';

/** The unit of each pegawai's current (non-acting) placement on `date`. */
export async function currentUnits(db: Executor, pegawaiIds: string[], date: string) {
  if (pegawaiIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .select(['pn.pegawai_id', 'j.unit_id'])
    .where('pn.pegawai_id', 'in', pegawaiIds)
    .where('pn.acting', '=', false)
    .where('pn.valid_from', '<=', date)
    .where((eb) => eb.or([eb('pn.valid_to', 'is', null), eb('pn.valid_to', '>=', date)]))
    .execute();
  return new Map(rows.map((r) => [r.pegawai_id, r.unit_id]));
}

export async function findPegawai(db: Executor, id: string) {
  return db.selectFrom('pegawai').select(['id', 'instansi_id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function findSkpOf(db: Executor, skpId: string) {
  return db.selectFrom('skp').select(['id', 'pegawai_id', 'year', 'instansi_id']).where('id', '=', skpId).executeTakeFirst();
}

export async function findRhkOf(db: Executor, rhkId: string) {
  return db.selectFrom('rhk').select(['id', 'skp_id']).where('id', '=', rhkId).executeTakeFirst();
}

export async function findPeriodOfYear(db: Executor, periodId: string, instansiId: string, year: number) {
  return db
    .selectFrom('period as p')
    .innerJoin('performance_year as y', 'y.id', 'p.year_id')
    .select(['p.id', 'p.name'])
    .where('p.id', '=', periodId)
    .where('y.instansi_id', '=', instansiId)
    .where('y.year', '=', year)
    .executeTakeFirst();
}

export async function insertFeedback(db: Executor, row: Insertable<FeedbackTable>) {
  return (await db.insertInto('feedback').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

const viewColumns = [
  'f.id',
  'f.to_pegawai_id',
  'tp.name as toName',
  'fa.name as fromName',
  'f.from_pegawai_id',
  'f.relation',
  'f.skp_id',
  'f.period_id',
  'pr.name as periodName',
  'f.rhk_id',
  'r.text as rhkText',
  'f.core_value',
  'f.text',
  'f.created_at',
] as const;

function feedbackQuery(db: Executor) {
  return db
    .selectFrom('feedback as f')
    .innerJoin('pegawai as tp', 'tp.id', 'f.to_pegawai_id')
    .innerJoin('account as fa', 'fa.id', 'f.from_account_id')
    .leftJoin('period as pr', 'pr.id', 'f.period_id')
    .leftJoin('rhk as r', 'r.id', 'f.rhk_id')
    .select(viewColumns);
}
export type FeedbackRow = Awaited<ReturnType<typeof findFeedback>>;

export async function findFeedback(db: Executor, id: string) {
  return feedbackQuery(db).where('f.id', '=', id).executeTakeFirstOrThrow();
}

/** One page, newest first: to a pegawai, or written from an account. */
export async function listFeedback(db: Executor, filter: { toPegawaiId: string } | { fromAccountId: string }, beforeId: string | null, limit: number) {
  let query = feedbackQuery(db);
  query = 'toPegawaiId' in filter ? query.where('f.to_pegawai_id', '=', filter.toPegawaiId) : query.where('f.from_account_id', '=', filter.fromAccountId);
  if (beforeId) query = query.where('f.id', '<', beforeId);
  return query.orderBy('f.id', 'desc').limit(limit + 1).execute();
}

/** Feedback on an SKP's rows (RHK or core value) in one period, oldest first, for the period view. */
export async function listOnSkp(db: Executor, skpId: string, periodId: string) {
  return feedbackQuery(db).where('f.skp_id', '=', skpId).where('f.period_id', '=', periodId).orderBy('f.id').execute();
}

/**
 * Everyone the caller works with: the people they are atasan / penilai for, their own atasan and
 * penilai (`bosses`), and the colleagues placed in the same unit today (`myUnit`).
 */
export async function listRecipients(db: Executor, me: string, instansiId: string, date: string, { bosses, myUnit }: { bosses: string[]; myUnit: string | null }) {
  return db
    .selectFrom('pegawai as p')
    .leftJoin(storedChains(db).as('c'), 'c.pegawai_id', 'p.id')
    .leftJoin('penempatan as pn', onCurrentPlacement(date))
    .leftJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .select(['p.id', 'p.name', 'p.nip', 'j.name as jabatan', 'j.unit_id', 'c.atasan_pegawai_id', 'c.penilai_pegawai_id'])
    .where('p.instansi_id', '=', instansiId)
    .where('p.active', '=', true)
    .where('p.id', '!=', me)
    .where((eb) => {
      const any = [eb('c.atasan_pegawai_id', '=', me), eb('c.penilai_pegawai_id', '=', me)];
      if (bosses.length) any.push(eb('p.id', 'in', bosses));
      if (myUnit) any.push(eb('j.unit_id', '=', myUnit));
      return eb.or(any);
    })
    .orderBy('p.name')
    .limit(300)
    .execute();
}
