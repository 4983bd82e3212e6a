import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';
import { storedChains } from '../organisation';

export interface GroupTarget {
  kind: 'PERIODIK' | 'TAHUNAN';
  year: number;
  periodId: string | null;
  startsOn: string;
  endsOn: string;
}

/** Whose group: a pegawai penilai, an official's (by official id), or every group of the instansi. */
export type GroupFilter = { penilaiPegawaiId: string } | { officialId: string } | { all: true; opdIds?: readonly string[] };

export interface MemberRow {
  pegawai_id: string;
  name: string;
  nip: string;
  penilai_pegawai_id: string | null;
  penilai_official_id: string | null;
  skp_id: string;
  jabatan: string;
  is_head: boolean;
  post_unit_id: string;
  evaluation_id: string | null;
  status: string | null;
  rating_hasil_kerja: string | null;
  rating_perilaku: string | null;
  predikat: string | null;
  head_org_predikat: string | null;
}

/**
 * The members of one penilai's group (or of all groups) for a target, set-based: every approved
 * SKP in force during the target — an SKP ended by a transfer too, and the SKP of a pegawai who
 * has left since — with its evaluation if it exists. A rated evaluation stays in the group of the
 * penilai who rated it (the period's, even after they or the pegawai moved on); one not rated yet
 * answers to whoever the pegawai's chain names now.
 * One statement for any group size.
 */
export async function listGroupMembers(db: Executor, instansiId: string, target: GroupTarget, filter: GroupFilter): Promise<MemberRow[]> {
  // Literal kind conditions, so the planner can use the partial unique indexes on evaluation.
  const evaluationJoin = target.kind === 'PERIODIK' ? sql`e.kind = 'PERIODIK' and e.period_id = ${target.periodId}` : sql`e.kind = 'TAHUNAN'`;
  const whose =
    'penilaiPegawaiId' in filter
      ? sql`and m.penilai_pegawai_id = ${filter.penilaiPegawaiId}`
      : 'officialId' in filter
        ? sql`and m.penilai_pegawai_id is null and m.penilai_official_id = ${filter.officialId}`
        : filter.opdIds
          ? filter.opdIds.length > 0
            ? sql`and m.opd_id in (${sql.join(filter.opdIds.map((id) => sql`${id}`))})`
            : sql`and false`
          : sql``;
  // `official` (organisation's) is joined per row here and in finaliseEvaluations: set-based, it stays in SQL.
  const result = await sql<MemberRow>`
    with m as (
      select s.pegawai_id, p.name, p.nip, s.id as skp_id, s.jabatan_id, coalesce(pc.opd_id, s.opd_id) as opd_id,
             e.id as evaluation_id, e.status, e.rating_hasil_kerja, e.rating_perilaku, e.predikat, e.head_org_predikat,
             (e.status is not null and e.status <> 'DRAFT' and (e.penilai_pegawai_id is not null or e.penilai_account_id is not null)) or pc.pegawai_id is null as frozen,
             pc.penilai_pegawai_id as chain_penilai, pc.penilai_official_id as chain_official,
             e.penilai_pegawai_id as e_penilai, (select o.id::text from official o where o.account_id = e.penilai_account_id) as e_official
        from skp s
        join pegawai p on p.id = s.pegawai_id
        left join ${storedChains(db)} pc on pc.pegawai_id = s.pegawai_id
        left join evaluation e on e.skp_id = s.id and ${evaluationJoin}
       where s.instansi_id = ${instansiId} and s.year = ${target.year}
         and (s.status = 'DISETUJUI' or s.revision > 1)
         and s.valid_from <= ${target.endsOn} and (s.valid_to is null or s.valid_to >= ${target.startsOn})
    ), m2 as (
      select m.*, case when frozen then e_penilai else chain_penilai end as penilai_pegawai_id,
             case when frozen then e_official else chain_official end as penilai_official_id
        from m
    )
    select m.pegawai_id, m.name, m.nip, m.penilai_pegawai_id, m.penilai_official_id, m.skp_id, j.name as jabatan, j.is_head, j.unit_id as post_unit_id,
           m.evaluation_id, m.status, m.rating_hasil_kerja, m.rating_perilaku, m.predikat, m.head_org_predikat
      from m2 m
      join jabatan j on j.id = m.jabatan_id
     where (m.penilai_pegawai_id is not null or m.penilai_official_id is not null) ${whose}
     order by m.name, m.pegawai_id, m.skp_id`.execute(db);
  return result.rows;
}

/** Each penilai's unit: the unit whose head post they hold on `date`, else the unit they work in. */
export async function listPenilaiUnits(db: Executor, penilaiIds: readonly string[], date: string) {
  if (penilaiIds.length === 0) return new Map<string, { unitId: string; path: string; name: string }>();
  const rows = await db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .innerJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .select(['pn.pegawai_id', 'u.id as unitId', 'u.path', 'u.name', 'j.is_head', 'pn.acting'])
    .where('pn.pegawai_id', 'in', [...penilaiIds])
    .where('pn.valid_from', '<=', date)
    .where((eb) => eb.or([eb('pn.valid_to', 'is', null), eb('pn.valid_to', '>=', date)]))
    .orderBy('pn.pegawai_id')
    .orderBy('j.is_head', 'desc')
    .orderBy('pn.acting')
    .execute();
  const units = new Map<string, { unitId: string; path: string; name: string }>();
  for (const r of rows) if (!units.has(r.pegawai_id)) units.set(r.pegawai_id, { unitId: r.unitId, path: r.path, name: r.name });
  return units;
}

export async function listUnitPaths(db: Executor, unitIds: readonly string[]) {
  if (unitIds.length === 0) return new Map<string, { path: string; name: string }>();
  const rows = await db.selectFrom('unit_kerja').select(['id', 'path', 'name']).where('id', 'in', [...unitIds]).execute();
  return new Map(rows.map((r) => [r.id, { path: r.path, name: r.name }]));
}

export async function findPegawaiNames(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('pegawai').select(['id', 'name']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface FinaliseFields {
  ids: readonly string[];
  at: Date;
  by: string;
  penilai: { pegawaiId: string | null; accountId: string | null };
  curve: { unitId: string | null; orgPredikat: string | null; enforcement: string; counts: unknown; violations: unknown; justification: string | null };
}

/**
 * Locks the group in one statement: only rows still DINILAI move, and the atasan penilai who
 * will hear a keberatan is frozen from each member's chain as it stands now (or, for a pegawai
 * who has left and has no chain, the one recorded when they were rated).
 */
export async function finaliseEvaluations(db: Executor, f: FinaliseFields): Promise<number> {
  if (f.ids.length === 0) return 0;
  const result = await sql`
    update evaluation e
       set status = 'DIFINALISASI', finalised_at = ${f.at}, finalised_by = ${f.by}, updated_at = ${f.at},
           penilai_pegawai_id = ${f.penilai.pegawaiId}, penilai_account_id = ${f.penilai.accountId},
           atasan_penilai_pegawai_id = case when pc.pegawai_id is null then x.atasan_penilai_pegawai_id else pc.atasan_penilai_pegawai_id end,
           atasan_penilai_account_id = case when pc.pegawai_id is null then x.atasan_penilai_account_id when pc.atasan_penilai_pegawai_id is null then o.account_id end,
           curve_unit_id = ${f.curve.unitId}, curve_org_predikat = ${f.curve.orgPredikat}, curve_enforcement = ${f.curve.enforcement},
           curve_counts = ${JSON.stringify(f.curve.counts)}::jsonb, curve_violations = ${JSON.stringify(f.curve.violations)}::jsonb,
           curve_justification = ${f.curve.justification}
      from evaluation x
      left join ${storedChains(db)} pc on pc.pegawai_id = x.pegawai_id
      left join official o on o.id::text = pc.atasan_penilai_official_id
     where x.id = e.id and e.id in (${sql.join(f.ids.map((id) => sql`${id}`))}) and e.status = 'DINILAI'`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
