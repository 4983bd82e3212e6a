import { sql } from 'kysely';
import type { Executor, Trx } from '../../platform/db/transaction';
import { storedChains } from '../organisation';

// Reads for validation: a handful of set-based queries whatever the file's size.

const IMPORT_LOCK_SPACE = 7311;

/** One import per instansi at a time (PostgreSQL; PGlite has one connection anyway). */
export async function lockImports(trx: Trx, instansiId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK_SPACE}, ${Number(instansiId)}::int)`.execute(trx);
}

export async function findInstansi(db: Executor, code?: string) {
  let query = db.selectFrom('instansi').select(['id', 'code', 'name']).orderBy('id');
  if (code) query = query.where('code', '=', code);
  return query.executeTakeFirst();
}

export type UnitRow = Awaited<ReturnType<typeof loadUnits>>[number];
export async function loadUnits(db: Executor, instansiId: string) {
  return db.selectFrom('unit_kerja').select(['id', 'code', 'name', 'kind', 'parent_id', 'opd_id', 'active']).where('instansi_id', '=', instansiId).execute();
}

export type JabatanRow = Awaited<ReturnType<typeof loadJabatan>>[number];
export async function loadJabatan(db: Executor, instansiId: string) {
  return db.selectFrom('jabatan').select(['id', 'unit_id', 'name', 'jenis', 'jenjang', 'is_head']).where('instansi_id', '=', instansiId).execute();
}

export type PegawaiRow = Awaited<ReturnType<typeof loadPegawaiByNip>>[number];
/** Across every instansi: a NIP is unique nationally, so one held elsewhere must be refused. */
export async function loadPegawaiByNip(db: Executor, nips: string[]) {
  if (nips.length === 0) return [];
  return db
    .selectFrom('pegawai')
    .select(['id', 'instansi_id', 'nip', 'jenis_asn', 'name', 'gelar_depan', 'gelar_belakang', 'pangkat_golongan', 'sex', 'birth_date', 'email', 'phone', 'active'])
    .where(sql<boolean>`nip = any(${nips}::text[])`)
    .execute();
}

export type PlacementRow = Awaited<ReturnType<typeof loadPlacements>>[number];
/** Definitive placements only: a Plt is not what the file's jabatan describes. */
export async function loadPlacements(db: Executor, pegawaiIds: string[]) {
  if (pegawaiIds.length === 0) return [];
  return db
    .selectFrom('penempatan')
    .select(['id', 'pegawai_id', 'jabatan_id', 'valid_from', 'valid_to'])
    .where(sql<boolean>`pegawai_id = any(${pegawaiIds}::bigint[])`)
    .where('acting', '=', false)
    .execute();
}

/** Definitive holders of head posts on `date`. */
export async function loadHeadHolders(db: Executor, instansiId: string, date: string) {
  return db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .innerJoin('pegawai as p', 'p.id', 'pn.pegawai_id')
    .select(['j.unit_id', 'pn.pegawai_id', 'p.nip', 'p.name'])
    .where('j.instansi_id', '=', instansiId)
    .where('j.is_head', '=', true)
    .where('pn.acting', '=', false)
    .where('pn.valid_from', '<=', date)
    .where((eb) => eb.or([eb('pn.valid_to', 'is', null), eb('pn.valid_to', '>=', date)]))
    .execute();
}

export async function loadAccountsByLogin(db: Executor, logins: string[]) {
  if (logins.length === 0) return [];
  return db.selectFrom('account').select(['id', 'login', 'pegawai_id']).where(sql<boolean>`login = any(${logins}::text[])`).execute();
}

/** Chains still missing a link, among these pegawai or (null) within these OPDs. */
export async function countIncompleteChains(db: Executor, instansiId: string, filter: { pegawaiIds: string[] } | { opdIds: string[] | null }) {
  let query = db
    .selectFrom(storedChains(db).as('c'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('c.instansi_id', '=', instansiId)
    .where('c.complete', '=', false);
  if ('pegawaiIds' in filter) query = query.where(sql<boolean>`c.pegawai_id = any(${filter.pegawaiIds}::bigint[])`);
  else if (filter.opdIds !== null) query = query.where(sql<boolean>`c.opd_id = any(${filter.opdIds}::bigint[])`);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Overrides in force on `date` for these pegawai (the latest-starting one is the one that counts). */
export async function loadOverridesOn(db: Executor, pegawaiIds: string[], date: string) {
  if (pegawaiIds.length === 0) return [];
  return db
    .selectFrom('atasan_override')
    .select(['id', 'pegawai_id', 'atasan_pegawai_id', 'valid_from'])
    .where(sql<boolean>`pegawai_id = any(${pegawaiIds}::bigint[])`)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .execute();
}
