import { sql } from 'kysely';
import type { PenilaiChain } from '../../../domain/penilai';
import type { Executor } from '../../platform/db/transaction';
import { validOn } from './organisation.repository';

/** Everything the penilai rules need for one instansi on one date, in four set-based queries. */
export async function loadOrgSnapshot(db: Executor, instansiId: string, date: string) {
  const [units, placements, overrides, waliKota] = await Promise.all([
    db.selectFrom('unit_kerja').select(['id', 'parent_id', 'name', 'is_opd', 'opd_id', 'kind']).where('instansi_id', '=', instansiId).where('active', '=', true).execute(),
    db
      .selectFrom('penempatan as pn')
      .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
      .select(['pn.pegawai_id', 'j.unit_id', 'j.jenis', 'j.is_head', 'pn.acting'])
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('penilai_delegation as d')
              .select('d.id')
              .whereRef('d.jabatan_id', '=', 'j.id')
              .where('d.valid_from', '<=', date)
              .where((e) => e.or([e('d.valid_to', 'is', null), e('d.valid_to', '>=', date)])),
          )
          .as('delegated'),
      )
      .where('j.instansi_id', '=', instansiId)
      .where((eb) => validOn(eb, date))
      .execute(),
    db
      .selectFrom('atasan_override as ao')
      .innerJoin('pegawai as p', 'p.id', 'ao.pegawai_id')
      .select(['ao.pegawai_id', 'ao.atasan_pegawai_id', 'ao.reason', 'ao.valid_from', 'ao.valid_to'])
      .where('p.instansi_id', '=', instansiId)
      .where('ao.valid_from', '<=', date)
      .where((eb) => eb.or([eb('ao.valid_to', 'is', null), eb('ao.valid_to', '>=', date)]))
      .execute(),
    db.selectFrom('official').select(['id', 'name']).where('instansi_id', '=', instansiId).where('title', '=', 'WALI_KOTA').executeTakeFirst(),
  ]);
  return { units, placements, overrides, waliKota };
}

export async function listActivePegawaiIds(db: Executor, instansiId: string) {
  const rows = await db.selectFrom('pegawai').select('id').where('instansi_id', '=', instansiId).where('active', '=', true).execute();
  return rows.map((r) => r.id);
}

export interface ChainRow {
  pegawai_id: string;
  instansi_id: string;
  opd_id: string | null;
  atasan_pegawai_id: string | null;
  penilai_pegawai_id: string | null;
  atasan_penilai_pegawai_id: string | null;
  chain: string;
  complete: boolean;
  computed_on: string;
}

const CHUNK = 1000;

/** Replaces the instansi's materialised chains in the caller's transaction. */
export async function replaceChains(db: Executor, instansiId: string, rows: ChainRow[]) {
  await db.deleteFrom('penilai_chain').where('instansi_id', '=', instansiId).execute();
  for (let i = 0; i < rows.length; i += CHUNK) await db.insertInto('penilai_chain').values(rows.slice(i, i + CHUNK)).execute();
}

/** Names, pangkat and posts (definitive and Plt, definitive first) of some pegawai on a date. */
export async function describePegawai(db: Executor, ids: string[], date: string) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('pegawai as p')
    .leftJoin('penempatan as pn', (join) =>
      join
        .onRef('pn.pegawai_id', '=', 'p.id')
        .on('pn.valid_from', '<=', date)
        .on((eb) => eb.or([eb('pn.valid_to', 'is', null), eb('pn.valid_to', '>=', date)])),
    )
    .leftJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .leftJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .select(['p.id', 'p.nip', 'p.name', 'p.gelar_depan', 'p.gelar_belakang', 'p.pangkat_golongan', 'j.name as jabatanName', 'u.id as unitId', 'u.name as unitName', 'pn.acting'])
    .where('p.id', 'in', ids)
    .orderBy('pn.acting')
    .execute();
}

export interface ChainLinks {
  atasan: string | null;
  penilai: string | null;
  atasanPenilai: string | null;
}

/** The stored chains of an instansi as three ids per pegawai, for comparing before and after a change. */
export async function listChainLinks(db: Executor, instansiId: string): Promise<Map<string, ChainLinks>> {
  const rows = await db
    .selectFrom('penilai_chain')
    .select(['pegawai_id', 'atasan_pegawai_id', 'penilai_pegawai_id', 'atasan_penilai_pegawai_id'])
    .where('instansi_id', '=', instansiId)
    .execute();
  return new Map(rows.map((r) => [r.pegawai_id, { atasan: r.atasan_pegawai_id, penilai: r.penilai_pegawai_id, atasanPenilai: r.atasan_penilai_pegawai_id }]));
}

/**
 * The stored chains as a derived table, for set-based queries that other modules run over many
 * pegawai (lists, team views, calibration): `.leftJoin(storedChains(db).as('c'), 'c.pegawai_id', 'p.id')`
 * in Kysely, `${storedChains(db)} c` in raw SQL. Each link is named by pegawai id or official id, and
 * `chain` is the JSON typed once, here, as written by `refreshPenilaiChains`. PostgreSQL pulls a
 * plain subquery up into the outer query, so joining it plans exactly like joining the table.
 */
export function storedChains(db: Executor) {
  return db
    .selectFrom('penilai_chain')
    .select([
      'pegawai_id',
      'instansi_id',
      'opd_id',
      'atasan_pegawai_id',
      'penilai_pegawai_id',
      'atasan_penilai_pegawai_id',
      'complete',
      'computed_on',
      sql<string | null>`chain -> 'atasanLangsung' ->> 'officialId'`.as('atasan_official_id'),
      sql<string | null>`chain -> 'pejabatPenilai' ->> 'officialId'`.as('penilai_official_id'),
      sql<string | null>`chain -> 'atasanPejabatPenilai' ->> 'officialId'`.as('atasan_penilai_official_id'),
      sql<PenilaiChain>`chain`.as('chain'),
    ]);
}

/** A row of `storedChains`, for typing expression builders over it. */
export type StoredChainRow = Awaited<ReturnType<ReturnType<typeof storedChains>['execute']>>[number];

export async function findStoredChains(db: Executor, pegawaiIds: readonly string[]) {
  if (pegawaiIds.length === 0) return [];
  return storedChains(db)
    .where('pegawai_id', 'in', [...new Set(pegawaiIds)])
    .execute();
}

/** Instansi whose stored penilai chains were computed before `today` (or never). */
export async function findInstansiWithStaleChains(db: Executor, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('instansi as i')
    .select('i.id')
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('penilai_chain as c').select('c.pegawai_id').whereRef('c.instansi_id', '=', 'i.id').where('c.computed_on', '<', today)),
        eb.not(eb.exists(eb.selectFrom('penilai_chain as c').select('c.pegawai_id').whereRef('c.instansi_id', '=', 'i.id'))),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}
