import { sql } from 'kysely';
import type { SkpStatus } from '../../../domain/skp-workflow';
import type { Executor } from '../../platform/db/transaction';
import { storedChains } from '../organisation';

export interface SkpListFilter {
  instansiId: string;
  year?: number;
  status?: SkpStatus;
  /** mine: own; team: those I am atasan or penilai for; all: an OPD set (null = the whole instansi). */
  scope: { kind: 'mine'; pegawaiId: string } | { kind: 'team'; pegawaiId: string | null; officialId: string | null } | { kind: 'all'; opdIds: string[] | null };
  beforeId: string | null;
  limit: number;
}

/** One page of SKP with owner, jabatan and RHK count in one query. */
export async function listSkp(db: Executor, f: SkpListFilter) {
  let query = db
    .selectFrom('skp as s')
    .innerJoin('pegawai as p', 'p.id', 's.pegawai_id')
    .innerJoin('jabatan as j', 'j.id', 's.jabatan_id')
    .leftJoin(storedChains(db).as('c'), 'c.pegawai_id', 's.pegawai_id')
    .select((eb) => [
      's.id',
      's.year',
      's.status',
      's.revision',
      's.submitted_at',
      's.valid_to',
      'p.id as pegawaiId',
      'p.name',
      'p.nip',
      'j.name as jabatan',
      eb.selectFrom('rhk as r').select(sql<string>`count(*)`.as('n')).whereRef('r.skp_id', '=', 's.id').as('rhkCount'),
    ])
    .where('s.instansi_id', '=', f.instansiId);
  if (f.year) query = query.where('s.year', '=', f.year);
  if (f.status) query = query.where('s.status', '=', f.status);
  const scope = f.scope;
  if (scope.kind === 'mine') query = query.where('s.pegawai_id', '=', scope.pegawaiId);
  if (scope.kind === 'team') {
    query = query.where('s.valid_to', 'is', null).where((eb) => {
      const conditions = [];
      if (scope.pegawaiId) conditions.push(eb('c.atasan_pegawai_id', '=', scope.pegawaiId), eb('c.penilai_pegawai_id', '=', scope.pegawaiId));
      if (scope.officialId) conditions.push(eb('c.penilai_official_id', '=', scope.officialId));
      return conditions.length ? eb.or(conditions) : eb.val(false);
    });
  }
  if (scope.kind === 'all' && scope.opdIds !== null) query = scope.opdIds.length ? query.where('s.opd_id', 'in', scope.opdIds) : query.where(sql<boolean>`false`);
  if (f.beforeId) query = query.where('s.id', '<', f.beforeId);
  return query.orderBy('s.id', 'desc').limit(f.limit + 1).execute();
}
