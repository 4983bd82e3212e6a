import type { Insertable } from 'kysely';
import type { AnnualResultTable } from '../../db/schema-evaluation';
import type { Executor } from '../../platform/db/transaction';

/** What an annual result is computed from: the evaluation, its SKP's dates and post. */
export async function listAnnualSources(db: Executor, evaluationIds: readonly string[]) {
  if (evaluationIds.length === 0) return [];
  return db
    .selectFrom('evaluation as e')
    .innerJoin('skp as s', 's.id', 'e.skp_id')
    .innerJoin('jabatan as j', 'j.id', 's.jabatan_id')
    .select(['e.id', 'e.instansi_id', 'e.pegawai_id', 'e.year', 'e.predikat', 'e.finalised_at', 's.valid_from', 's.valid_to', 'j.name as jabatan', 'j.jenis', 'j.jenjang'])
    .where('e.id', 'in', [...evaluationIds])
    .where('e.kind', '=', 'TAHUNAN')
    .execute();
}
export type AnnualSource = Awaited<ReturnType<typeof listAnnualSources>>[number];

export type AnnualResultRow = Insertable<AnnualResultTable>;

/** One statement for the whole group; a decision later replaces the row of its evaluation. */
export async function upsertAnnualResults(db: Executor, rows: AnnualResultRow[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('annual_result')
    .values(rows)
    .onConflict((oc) =>
      oc.column('evaluation_id').doUpdateSet((eb) => ({
        predikat: eb.ref('excluded.predikat'),
        angka_kredit: eb.ref('excluded.angka_kredit'),
        decided: eb.ref('excluded.decided'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

export async function listAnnualResults(db: Executor, pegawaiId: string) {
  return db
    .selectFrom('annual_result as r')
    .innerJoin('evaluation as e', 'e.id', 'r.evaluation_id')
    .select(['r.evaluation_id', 'r.year', 'r.predikat', 'r.jabatan', 'r.jenjang', 'r.bulan', 'r.koefisien', 'r.angka_kredit', 'r.decided', 'r.finalised_at', 'e.skp_id'])
    .where('r.pegawai_id', '=', pegawaiId)
    .orderBy('r.year', 'desc')
    .orderBy('r.finalised_at', 'desc')
    .execute();
}

export async function findAnnualResult(db: Executor, evaluationId: string) {
  return db.selectFrom('annual_result').select(['jenjang', 'koefisien', 'bulan', 'angka_kredit']).where('evaluation_id', '=', evaluationId).executeTakeFirst();
}

export async function findPegawai(db: Executor, pegawaiId: string) {
  return db.selectFrom('pegawai').select(['id', 'instansi_id', 'name', 'nip']).where('id', '=', pegawaiId).executeTakeFirst();
}
