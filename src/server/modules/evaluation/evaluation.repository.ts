import type { Insertable, Updateable } from 'kysely';
import type { EvaluationStatus } from '../../../domain/evaluation-workflow';
import type { EvaluationTable } from '../../db/schema-evaluation';
import type { Executor } from '../../platform/db/transaction';
import type { PeriodOfYear } from '../periods';
import { planInForce } from '../skp';

const EDITABLE = ['DRAFT', 'DINILAI'] as const;

export type PeriodRow = PeriodOfYear;

export async function findPeriod(db: Executor, periodId: string) {
  return db
    .selectFrom('period as p')
    .innerJoin('performance_year as y', 'y.id', 'p.year_id')
    .select(['p.id', 'p.seq', 'p.name', 'p.starts_on', 'p.ends_on', 'p.realisation_closes', 'p.evaluation_closes', 'p.status', 'y.year', 'y.status as yearStatus', 'y.instansi_id'])
    .where('p.id', '=', periodId)
    .executeTakeFirst();
}

const evaluationColumns = [
  'id', 'instansi_id', 'pegawai_id', 'skp_id', 'kind', 'year', 'period_id', 'status',
  'penilai_pegawai_id', 'penilai_account_id', 'atasan_penilai_pegawai_id', 'atasan_penilai_account_id',
  'rating_hasil_kerja', 'rating_perilaku', 'predikat', 'justification_hasil_kerja', 'justification_perilaku',
  'head_unit_id', 'head_org_predikat', 'realisation_unsubmitted', 'rated_before_end', 'rated_at', 'rated_by', 'self_assessed_at',
  'curve_unit_id', 'curve_org_predikat', 'curve_enforcement', 'curve_counts', 'curve_violations', 'curve_justification',
  'finalised_at', 'finalised_by', 'acknowledged_at',
] as const;

export async function findEvaluation(db: Executor, id: string) {
  return db.selectFrom('evaluation').select(evaluationColumns).where('id', '=', id).executeTakeFirst();
}
export type EvaluationRow = NonNullable<Awaited<ReturnType<typeof findEvaluation>>>;

export async function findEvaluationOfSkp(db: Executor, skpId: string, periodId: string | null) {
  const query = db.selectFrom('evaluation').select(evaluationColumns).where('skp_id', '=', skpId);
  return (periodId === null ? query.where('kind', '=', 'TAHUNAN') : query.where('kind', '=', 'PERIODIK').where('period_id', '=', periodId)).executeTakeFirst();
}

/** Creates the evaluation once (a concurrent twin is ignored by the unique indexes) and returns it. */
export async function ensureEvaluation(db: Executor, row: Insertable<EvaluationTable>) {
  await db.insertInto('evaluation').values(row).onConflict((oc) => oc.doNothing()).execute();
  const found = await findEvaluationOfSkp(db, row.skp_id, row.period_id ?? null);
  if (!found) throw new Error('evaluation insert lost');
  return found;
}

/**
 * Writes to an evaluation only while it is in one of `from`: the status is part of the WHERE, so a
 * change that raced a finalisation updates nothing. Returns whether the row was updated.
 */
export async function updateEvaluation(db: Executor, id: string, from: readonly EvaluationStatus[], fields: Updateable<EvaluationTable>, now: Date) {
  const result = await db
    .updateTable('evaluation')
    .set({ ...fields, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const editableStatuses = EDITABLE;

/** The RHK of the SKP's approved revision (issue #16 point 8: a draft revision is not rated until approved). */
export async function listRhkOfSkp(db: Executor, skpId: string) {
  return (await planInForce(db, skpId)).rhk;
}

export async function listRhkRatings(db: Executor, evaluationId: string) {
  return db.selectFrom('evaluation_rhk_rating').select(['rhk_id', 'rating', 'note']).where('evaluation_id', '=', evaluationId).execute();
}

export async function replaceRhkRatings(db: Executor, evaluationId: string, rows: { rhk_id: string; rating: string; note: string }[]) {
  await db.deleteFrom('evaluation_rhk_rating').where('evaluation_id', '=', evaluationId).execute();
  if (rows.length > 0) await db.insertInto('evaluation_rhk_rating').values(rows.map((r) => ({ ...r, evaluation_id: evaluationId }))).execute();
}

export async function listSelfAssessment(db: Executor, evaluationId: string) {
  return db.selectFrom('self_assessment_item').select(['item_kind', 'item_ref', 'rating', 'reflection']).where('evaluation_id', '=', evaluationId).execute();
}

export async function replaceSelfAssessment(db: Executor, evaluationId: string, rows: { item_kind: 'RHK' | 'PERILAKU'; item_ref: string; rating: string | null; reflection: string }[]) {
  await db.deleteFrom('self_assessment_item').where('evaluation_id', '=', evaluationId).execute();
  if (rows.length > 0) await db.insertInto('self_assessment_item').values(rows.map((r) => ({ ...r, evaluation_id: evaluationId }))).execute();
}

/** The SKP's post: jenis, jenjang, whether it heads its unit (for §3.4 and the angka kredit). */
export async function findSkpPost(db: Executor, jabatanId: string) {
  return db
    .selectFrom('jabatan as j')
    .innerJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .select(['j.id', 'j.name', 'j.jenis', 'j.jenjang', 'j.is_head', 'j.unit_id', 'u.name as unitName'])
    .where('j.id', '=', jabatanId)
    .executeTakeFirstOrThrow();
}

export async function findUnitName(db: Executor, unitId: string) {
  return (await db.selectFrom('unit_kerja').select('name').where('id', '=', unitId).executeTakeFirst())?.name ?? null;
}

export async function findAccountNames(db: Executor, accountIds: string[]) {
  if (accountIds.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('account').select(['id', 'name']).where('id', 'in', accountIds).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The caller's own evaluations of a year, one row per SKP × (period | year). */
export async function listOwnEvaluations(db: Executor, pegawaiId: string, year: number) {
  return db.selectFrom('evaluation').select(['id', 'skp_id', 'kind', 'period_id', 'status', 'predikat']).where('pegawai_id', '=', pegawaiId).where('year', '=', year).execute();
}

export async function listApprovedSkpOfYear(db: Executor, pegawaiId: string, year: number) {
  return db
    .selectFrom('skp')
    .select(['id', 'valid_from', 'valid_to'])
    .where('pegawai_id', '=', pegawaiId)
    .where('year', '=', year)
    .where((eb) => eb.or([eb('status', '=', 'DISETUJUI'), eb('revision', '>', 1)]))
    .orderBy('valid_from')
    .execute();
}
