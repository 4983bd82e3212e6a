import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import type { Executor } from '../../platform/db/transaction';

/** A placement counts on `date` when it started on or before it and has not ended before it. */
export const validOn = (eb: ExpressionBuilder<Database & { pn: Database['penempatan'] }, 'pn'>, date: string) =>
  eb.and([eb('pn.valid_from', '<=', date), eb.or([eb('pn.valid_to', 'is', null), eb('pn.valid_to', '>=', date)])]);

/**
 * Re-derives every unit's OPD (its top-level ancestor), path and depth from parent_id in one
 * statement; run after any change to the tree.
 */
export async function refreshUnitDerived(db: Executor, instansiId: string) {
  await sql`
    with recursive tree as (
      select id, id as opd_id, id::text as path, 0 as depth
        from unit_kerja where instansi_id = ${instansiId} and parent_id is null
      union all
      select u.id, tree.opd_id, tree.path || '.' || u.id::text, tree.depth + 1
        from unit_kerja u join tree on u.parent_id = tree.id
    )
    update unit_kerja u
       set opd_id = tree.opd_id, path = tree.path, depth = tree.depth, is_opd = (tree.depth = 0)
      from tree
     where u.id = tree.id
       and (u.opd_id is distinct from tree.opd_id or u.path <> tree.path or u.depth <> tree.depth or u.is_opd <> (tree.depth = 0))`.execute(db);
}

export async function listUnits(db: Executor, instansiId: string, opdId: string | null) {
  let query = db
    .selectFrom('unit_kerja')
    .select(['id', 'code', 'name', 'kind', 'parent_id', 'is_opd', 'opd_id', 'path'])
    .where('instansi_id', '=', instansiId)
    .where('active', '=', true);
  if (opdId) query = query.where('opd_id', '=', opdId);
  return query.orderBy('path').execute();
}

export async function findUnit(db: Executor, unitId: string) {
  return db
    .selectFrom('unit_kerja')
    .select(['id', 'instansi_id', 'code', 'name', 'kind', 'parent_id', 'is_opd', 'opd_id', 'path'])
    .where('id', '=', unitId)
    .executeTakeFirst();
}

export async function findUnitsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('unit_kerja').select(['id', 'name']).where('id', 'in', ids).execute();
}

/** Number of pegawai placed (definitively or acting) in each unit on `date`. */
export async function countPegawaiPerUnit(db: Executor, instansiId: string, date: string) {
  return db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .select((eb) => ['j.unit_id', eb.fn.count<string>(sql`distinct pn.pegawai_id`).as('n')])
    .where('j.instansi_id', '=', instansiId)
    .where((eb) => validOn(eb, date))
    .where('pn.acting', '=', false)
    .groupBy('j.unit_id')
    .execute();
}

/** Holders of head posts on `date`, definitive holders first so they win over a Plt. */
export async function listHeadHolders(db: Executor, instansiId: string, date: string) {
  return db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .innerJoin('pegawai as p', 'p.id', 'pn.pegawai_id')
    .select(['j.unit_id', 'pn.pegawai_id', 'p.name', 'pn.acting'])
    .where('j.instansi_id', '=', instansiId)
    .where('j.is_head', '=', true)
    .where((eb) => validOn(eb, date))
    .orderBy('j.unit_id')
    .orderBy('pn.acting')
    .execute();
}

export async function listJabatanWithHolders(db: Executor, unitId: string, date: string) {
  const jabatan = await db.selectFrom('jabatan').select(['id', 'name', 'jenis', 'jenjang', 'is_head']).where('unit_id', '=', unitId).orderBy('is_head', 'desc').orderBy('name').execute();
  const holders = await db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .innerJoin('pegawai as p', 'p.id', 'pn.pegawai_id')
    .select(['pn.jabatan_id', 'p.id as pegawaiId', 'p.name', 'p.nip', 'pn.acting'])
    .where('j.unit_id', '=', unitId)
    .where((eb) => validOn(eb, date))
    .orderBy('p.name')
    .execute();
  return { jabatan, holders };
}

export async function findAncestors(db: Executor, path: string) {
  const ids = path.split('.').filter(Boolean);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('unit_kerja').select(['id', 'name']).where('id', 'in', ids).execute();
  return ids.map((unitId) => rows.find((r) => r.id === unitId)).filter((r): r is { id: string; name: string } => r !== undefined);
}
