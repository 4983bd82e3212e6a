import { fullName } from '../../../shared/person-name';
import type { Executor } from '../../platform/db/transaction';
import type { PeriodOfYear } from '../periods';
import { plansInForce, type PlanIndicator } from '../skp';

export type PeriodRow = PeriodOfYear;

/** The plan in force of each SKP: the approved revision while a newer one is drafted (issue #16 point 8). */
export const listPlans = plansInForce;

/** RHK and IKI of each SKP's plan in force, in document order. */
export async function listIndicators(db: Executor, skpIds: readonly string[]) {
  const plans = await plansInForce(db, skpIds);
  return [...new Set(skpIds)].flatMap((id) => plans.get(id)?.indicators ?? []);
}
export type IndicatorRow = PlanIndicator;

/** An IKI of the approved revision may have been dropped from the draft of the next one. */
export async function ikiExists(db: Executor, ikiId: string) {
  return (await db.selectFrom('iki').select('id').where('id', '=', ikiId).executeTakeFirst()) !== undefined;
}

/** Every realisation of these SKP (all periods), for year-to-date sums. */
export async function listRealisations(db: Executor, skpIds: readonly string[]) {
  if (skpIds.length === 0) return [];
  return db.selectFrom('realisation').select(['skp_id', 'iki_id', 'period_id', 'value', 'narrative', 'rencana_aksi', 'updated_at']).where('skp_id', 'in', skpIds).execute();
}
export type RealisationRow = Awaited<ReturnType<typeof listRealisations>>[number];

export async function upsertRealisation(
  db: Executor,
  row: { skp_id: string; iki_id: string; period_id: string; value: number | null; narrative: string; rencana_aksi: string; updated_by: string; updated_at: Date },
) {
  return db
    .insertInto('realisation')
    .values(row)
    .onConflict((oc) => oc.columns(['iki_id', 'period_id']).doUpdateSet({ value: row.value, narrative: row.narrative, rencana_aksi: row.rencana_aksi, updated_by: row.updated_by, updated_at: row.updated_at }))
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

export async function findRealisation(db: Executor, ikiId: string, periodId: string) {
  return db.selectFrom('realisation').select(['value', 'narrative', 'rencana_aksi']).where('iki_id', '=', ikiId).where('period_id', '=', periodId).executeTakeFirst();
}

export async function listSubmissions(db: Executor, skpIds: readonly string[]) {
  if (skpIds.length === 0) return [];
  return db.selectFrom('realisation_period').select(['skp_id', 'period_id', 'submitted_at', 'late', 'reopened_at', 'reopen_reason']).where('skp_id', 'in', skpIds).execute();
}
export type SubmissionRow = Awaited<ReturnType<typeof listSubmissions>>[number];

export async function findSubmission(db: Executor, skpId: string, periodId: string) {
  return db.selectFrom('realisation_period').select(['skp_id', 'period_id', 'submitted_at', 'late', 'reopened_at', 'reopen_reason']).where('skp_id', '=', skpId).where('period_id', '=', periodId).executeTakeFirst();
}

/**
 * (Re)submits the period and locks it again. Lateness is decided by the first submission and kept:
 * a resubmission after the penilai reopened the period neither clears nor adds it.
 */
export async function upsertSubmission(db: Executor, row: { skp_id: string; period_id: string; submitted_at: Date; submitted_by: string; late: boolean }) {
  await db
    .insertInto('realisation_period')
    .values(row)
    .onConflict((oc) => oc.columns(['skp_id', 'period_id']).doUpdateSet({ submitted_at: row.submitted_at, submitted_by: row.submitted_by, reopened_at: null }))
    .execute();
}

/** The penilai reopens a submitted period; only when it is locked now (so two reopenings do not both pass). */
export async function reopenSubmission(db: Executor, skpId: string, periodId: string, by: string, reason: string, at: Date) {
  const result = await db
    .updateTable('realisation_period')
    .set({ reopened_at: at, reopened_by: by, reopen_reason: reason })
    .where('skp_id', '=', skpId)
    .where('period_id', '=', periodId)
    .where('reopened_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** An IKI of this SKP as its tables say now (the draft, when a revision is being drafted). */
export async function findIkiOfSkp(db: Executor, skpId: string, ikiId: string) {
  return db.selectFrom('iki as i').innerJoin('rhk as r', 'r.id', 'i.rhk_id').select(['i.id', 'i.accumulation']).where('i.id', '=', ikiId).where('r.skp_id', '=', skpId).executeTakeFirst();
}

export async function updateAccumulation(db: Executor, ikiId: string, accumulation: string | null) {
  await db.updateTable('iki').set({ accumulation }).where('id', '=', ikiId).execute();
}

export async function findOwner(db: Executor, pegawaiId: string) {
  const row = await db.selectFrom('pegawai').select(['name', 'nip', 'gelar_depan', 'gelar_belakang']).where('id', '=', pegawaiId).executeTakeFirstOrThrow();
  return { name: fullName(row), nip: row.nip };
}

export async function findYearOfPeriod(db: Executor, periodId: string, instansiId: string) {
  return db.selectFrom('period as p').innerJoin('performance_year as y', 'y.id', 'p.year_id').select(['y.year']).where('p.id', '=', periodId).where('y.instansi_id', '=', instansiId).executeTakeFirst();
}

/** Locks the periods a rated evaluation covers (issue #16 point 12); the first rating's lock is kept. */
export async function lockRatedPeriods(db: Executor, skpId: string, periodIds: readonly string[], evaluationId: string, at: Date) {
  if (periodIds.length === 0) return;
  await db
    .insertInto('realisation_rated_lock')
    .values(periodIds.map((period_id) => ({ skp_id: skpId, period_id, evaluation_id: evaluationId, locked_at: at })))
    .onConflict((oc) => oc.columns(['skp_id', 'period_id']).doNothing())
    .execute();
}

export async function isRatedLocked(db: Executor, skpId: string, periodId: string) {
  const row = await db.selectFrom('realisation_rated_lock').select('skp_id').where('skp_id', '=', skpId).where('period_id', '=', periodId).executeTakeFirst();
  return row !== undefined;
}
