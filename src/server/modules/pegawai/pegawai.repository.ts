import { sql, type ExpressionBuilder } from 'kysely';
import type { JenisJabatan } from '../../../domain/jabatan';
import type { Database } from '../../db/schema';
import type { Executor } from '../../platform/db/transaction';
import { storedChains, type StoredChainRow } from '../organisation';
import type { PegawaiScope } from './pegawai.policy';

type PegawaiEb = ExpressionBuilder<Database & { p: Database['pegawai']; c: StoredChainRow }, 'p' | 'c'>;

/** The scope as a WHERE clause, so lists are filtered in SQL and never per row. */
export function inScope(eb: PegawaiEb, scope: PegawaiScope) {
  const conditions = [];
  if (scope.wholeInstansi) conditions.push(eb.val(true));
  if (scope.opdIds.length > 0) conditions.push(eb('c.opd_id', 'in', scope.opdIds));
  if (scope.selfPegawaiId) {
    const me = scope.selfPegawaiId;
    conditions.push(eb('p.id', '=', me), eb('c.atasan_pegawai_id', '=', me), eb('c.penilai_pegawai_id', '=', me), eb('c.atasan_penilai_pegawai_id', '=', me));
  }
  return eb.and([eb('p.instansi_id', '=', scope.instansiId), conditions.length > 0 ? eb.or(conditions) : eb.val(false)]);
}

export const displayName = sql<string>`concat_ws(' ', nullif(p.gelar_depan, ''), p.name) || coalesce(', ' || nullif(p.gelar_belakang, ''), '')`;

export interface PegawaiFilter {
  scope: PegawaiScope;
  date: string;
  q?: string;
  opdId?: string;
  unitId?: string;
  jenisJabatan?: JenisJabatan;
  incompleteOnly?: boolean;
  after: [name: string, id: string] | null;
  limit: number;
}

/** One page of pegawai with their current definitive post, unit and OPD: one query, no N+1. */
export async function listPegawai(db: Executor, f: PegawaiFilter) {
  let query = db
    .selectFrom('pegawai as p')
    .leftJoin(storedChains(db).as('c'), 'c.pegawai_id', 'p.id')
    .leftJoin('penempatan as pn', (join) =>
      join
        .onRef('pn.pegawai_id', '=', 'p.id')
        .on('pn.acting', '=', false)
        .on('pn.valid_from', '<=', f.date)
        .on((eb) => eb.or([eb('pn.valid_to', 'is', null), eb('pn.valid_to', '>=', f.date)])),
    )
    .leftJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .leftJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .leftJoin('unit_kerja as o', 'o.id', 'u.opd_id')
    .select([
      'p.id',
      'p.nip',
      'p.name as sortName',
      displayName.as('name'),
      'p.jenis_asn',
      'j.name as jabatanName',
      'j.jenis as jabatanJenis',
      'u.id as unitId',
      'u.name as unitName',
      'o.id as opdId',
      'o.name as opdName',
      'c.complete',
    ])
    .where((eb) => inScope(eb, f.scope))
    .where('p.active', '=', true);
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where((eb) => eb.or([eb('p.name', 'ilike', pattern), eb('p.nip', 'like', `${f.q!.replace(/\s/g, '')}%`)]));
  }
  if (f.opdId) query = query.where('u.opd_id', '=', f.opdId);
  if (f.unitId) query = query.where('u.id', '=', f.unitId);
  if (f.jenisJabatan) query = query.where('j.jenis', '=', f.jenisJabatan);
  if (f.incompleteOnly) query = query.where((eb) => eb.or([eb('c.complete', '=', false), eb('c.pegawai_id', 'is', null)]));
  if (f.after) {
    const [name, id] = f.after;
    // A row comparison is an index condition on (name, id); the or-form would scan from the start.
    query = query.where(sql<boolean>`(p.name, p.id) > (${name}, ${id}::bigint)`);
  }
  return query.orderBy('p.name').orderBy('p.id').limit(f.limit + 1).execute();
}

export async function findPegawaiInScope(db: Executor, id: string, scope: PegawaiScope) {
  return db
    .selectFrom('pegawai as p')
    .leftJoin(storedChains(db).as('c'), 'c.pegawai_id', 'p.id')
    .select(['p.id'])
    .where('p.id', '=', id)
    .where((eb) => inScope(eb, scope))
    .executeTakeFirst();
}

export async function findPegawai(db: Executor, id: string) {
  return db
    .selectFrom('pegawai as p')
    .leftJoin(storedChains(db).as('c'), 'c.pegawai_id', 'p.id')
    .leftJoin('unit_kerja as o', 'o.id', 'c.opd_id')
    .select([
      'o.name as opdName',
      'p.id',
      'p.instansi_id',
      'p.nip',
      'p.name as plainName',
      displayName.as('name'),
      'p.jenis_asn',
      'p.gelar_depan',
      'p.gelar_belakang',
      'p.pangkat_golongan',
      'p.sex',
      'p.birth_date',
      'p.email',
      'p.phone',
      'c.chain',
      'c.complete',
      'c.opd_id',
      'c.computed_on',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function listPlacements(db: Executor, pegawaiId: string) {
  return db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .innerJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .select(['pn.id', 'pn.valid_from', 'pn.valid_to', 'pn.acting', 'pn.note', 'j.id as jabatanId', 'j.name as jabatanName', 'j.jenis', 'j.is_head', 'u.id as unitId', 'u.name as unitName', 'u.opd_id'])
    .where('pn.pegawai_id', '=', pegawaiId)
    .orderBy('pn.valid_from', 'desc')
    .orderBy('pn.id', 'desc')
    .execute();
}

export async function listOverrides(db: Executor, pegawaiId: string) {
  return db
    .selectFrom('atasan_override as ao')
    .innerJoin('pegawai as p', 'p.id', 'ao.atasan_pegawai_id')
    .leftJoin('account as a', 'a.id', 'ao.created_by')
    .select(['ao.id', 'ao.reason', 'ao.valid_from', 'ao.valid_to', 'p.id as atasanId', displayName.as('atasanName'), 'p.nip as atasanNip', 'a.login as createdBy'])
    .where('ao.pegawai_id', '=', pegawaiId)
    .orderBy('ao.valid_from', 'desc')
    .execute();
}

export async function insertOverride(db: Executor, row: { pegawaiId: string; atasanPegawaiId: string; reason: string; validFrom: string; validTo: string | null; createdBy: string }) {
  return db
    .insertInto('atasan_override')
    .values({ pegawai_id: row.pegawaiId, atasan_pegawai_id: row.atasanPegawaiId, reason: row.reason, valid_from: row.validFrom, valid_to: row.validTo, created_by: row.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function findOverride(db: Executor, id: string) {
  return db.selectFrom('atasan_override').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setOverrideEnd(db: Executor, id: string, validTo: string) {
  await db.updateTable('atasan_override').set({ valid_to: validTo }).where('id', '=', id).execute();
}

/** Overrides that overlap [from, to]: a pegawai has at most one atasan override at a time. */
export async function findOverlappingOverride(db: Executor, pegawaiId: string, from: string, to: string | null) {
  return db
    .selectFrom('atasan_override')
    .select('id')
    .where('pegawai_id', '=', pegawaiId)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', from)]))
    .$if(to !== null, (q) => q.where('valid_from', '<=', to!))
    .executeTakeFirst();
}

export async function findJabatan(db: Executor, id: string) {
  return db
    .selectFrom('jabatan as j')
    .innerJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .select(['j.id', 'j.instansi_id', 'j.name', 'j.jenis', 'j.is_head', 'u.id as unitId', 'u.name as unitName', 'u.opd_id'])
    .where('j.id', '=', id)
    .executeTakeFirst();
}

/** Ends the definitive placement current on `date` the day before; a transfer then opens the next. */
export async function closeCurrentPlacement(db: Executor, pegawaiId: string, date: string, acting: boolean) {
  return db
    .updateTable('penempatan')
    .set({ valid_to: sql<string>`${date}::date - 1` })
    .where('pegawai_id', '=', pegawaiId)
    .where('acting', '=', acting)
    .where('valid_from', '<', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .returning(['id', 'jabatan_id'])
    .execute();
}

export async function insertPlacement(db: Executor, row: { pegawaiId: string; jabatanId: string; validFrom: string; acting: boolean; note: string | null }) {
  return db
    .insertInto('penempatan')
    .values({ pegawai_id: row.pegawaiId, jabatan_id: row.jabatanId, valid_from: row.validFrom, acting: row.acting, note: row.note })
    .returning('id')
    .executeTakeFirstOrThrow();
}
