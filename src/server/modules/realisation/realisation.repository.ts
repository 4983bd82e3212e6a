import { sql } from 'kysely';
import { fullName } from '../../../shared/person-name';
import type { Executor } from '../../platform/db/transaction';

/** The periods of the SKP's performance year, in order, with the year's status. */
export async function listPeriodsOfYear(db: Executor, instansiId: string, year: number) {
  return db
    .selectFrom('period as p')
    .innerJoin('performance_year as y', 'y.id', 'p.year_id')
    .select(['p.id', 'p.seq', 'p.name', 'p.starts_on', 'p.ends_on', 'p.realisation_closes', 'p.evaluation_closes', 'p.status', 'y.status as yearStatus'])
    .where('y.instansi_id', '=', instansiId)
    .where('y.year', '=', year)
    .orderBy('p.seq')
    .execute();
}
export type PeriodRow = Awaited<ReturnType<typeof listPeriodsOfYear>>[number];

/** RHK and IKI of an SKP in document order. */
export async function listIndicators(db: Executor, skpIds: readonly string[]) {
  if (skpIds.length === 0) return [];
  return db
    .selectFrom('iki as i')
    .innerJoin('rhk as r', 'r.id', 'i.rhk_id')
    .select(['r.skp_id', 'r.id as rhkId', 'r.jenis', 'r.text as rhkText', 'r.position as rhkPosition', 'i.id', 'i.aspek', 'i.indicator', 'i.target_value', 'i.target_text', 'i.satuan', 'i.direction', 'i.baseline', 'i.perspektif', 'i.accumulation', 'i.position', 'i.source_kind', 'i.source_unit_id'])
    .where('r.skp_id', 'in', skpIds)
    .orderBy('r.skp_id')
    .orderBy(sql`case when r.jenis = 'UTAMA' then 0 else 1 end`)
    .orderBy('r.position')
    .orderBy('i.position')
    .execute();
}
export type IndicatorRow = Awaited<ReturnType<typeof listIndicators>>[number];

export async function listRhkOf(db: Executor, skpId: string) {
  return db.selectFrom('rhk').select(['id', 'jenis', 'text']).where('skp_id', '=', skpId).orderBy(sql`case when jenis = 'UTAMA' then 0 else 1 end`).orderBy('position').execute();
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
  return db.selectFrom('realisation_period').select(['skp_id', 'period_id', 'submitted_at']).where('skp_id', 'in', skpIds).execute();
}

/** (Re)submits the period: a later submission replaces the time of the earlier one. */
export async function upsertSubmission(db: Executor, row: { skp_id: string; period_id: string; submitted_at: Date; submitted_by: string }) {
  await db
    .insertInto('realisation_period')
    .values(row)
    .onConflict((oc) => oc.columns(['skp_id', 'period_id']).doUpdateSet({ submitted_at: row.submitted_at, submitted_by: row.submitted_by }))
    .execute();
}

export async function updateAccumulation(db: Executor, ikiId: string, accumulation: string | null) {
  await db.updateTable('iki').set({ accumulation }).where('id', '=', ikiId).execute();
}

export async function findOwner(db: Executor, pegawaiId: string) {
  const row = await db.selectFrom('pegawai').select(['name', 'nip', 'gelar_depan', 'gelar_belakang']).where('id', '=', pegawaiId).executeTakeFirstOrThrow();
  return { name: fullName(row), nip: row.nip };
}

/** Ekspektasi khusus pimpinan per core value, as the SKP states them. */
export async function listEkspektasi(db: Executor, skpId: string) {
  const rows = await db.selectFrom('skp_perilaku').select(['core_value', 'ekspektasi']).where('skp_id', '=', skpId).execute();
  return new Map(rows.map((r) => [r.core_value, r.ekspektasi]));
}

export async function findYearOfPeriod(db: Executor, periodId: string, instansiId: string) {
  return db.selectFrom('period as p').innerJoin('performance_year as y', 'y.id', 'p.year_id').select(['y.year']).where('p.id', '=', periodId).where('y.instansi_id', '=', instansiId).executeTakeFirst();
}

export async function findOfficialIdOfAccount(db: Executor, accountId: string) {
  return (await db.selectFrom('official').select('id').where('account_id', '=', accountId).executeTakeFirst())?.id ?? null;
}
