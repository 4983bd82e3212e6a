import { onCurrentPlacement, storedChains } from '../organisation';
import type { Executor } from '../../platform/db/transaction';

/**
 * The people the caller is atasan langsung or pejabat penilai for, with their running SKP of the
 * year and the jabatan they hold today — one query.
 */
export async function listTeam(db: Executor, who: { pegawaiId: string | null; officialId: string | null }, instansiId: string, year: number, today: string) {
  return db
    .selectFrom(storedChains(db).as('c'))
    .innerJoin('pegawai as p', 'p.id', 'c.pegawai_id')
    .leftJoin('skp as s', (join) => join.onRef('s.pegawai_id', '=', 'p.id').on('s.year', '=', year).on('s.valid_to', 'is', null))
    .leftJoin('penempatan as pn', onCurrentPlacement(today))
    .leftJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .select(['p.id', 'p.name', 'p.nip', 'j.name as jabatan', 'c.atasan_pegawai_id', 's.id as skpId', 's.status as skpStatus'])
    .where('p.instansi_id', '=', instansiId)
    .where('p.active', '=', true)
    .where((eb) => {
      const conditions = [];
      if (who.pegawaiId) conditions.push(eb('c.atasan_pegawai_id', '=', who.pegawaiId), eb('c.penilai_pegawai_id', '=', who.pegawaiId));
      if (who.officialId) conditions.push(eb('c.penilai_official_id', '=', who.officialId));
      return conditions.length ? eb.or(conditions) : eb.val(false);
    })
    .orderBy('p.name')
    .limit(500)
    .execute();
}
