import type { Executor } from '../../platform/db/transaction';
import { storedChains } from '../organisation';

/** Every RHK of the running SKP in an OPD for a year, with owner and post: one query. */
export async function listOpdRhk(db: Executor, opdId: string, year: number) {
  return db
    .selectFrom('rhk as r')
    .innerJoin('skp as s', 's.id', 'r.skp_id')
    .innerJoin('pegawai as p', 'p.id', 's.pegawai_id')
    .innerJoin('jabatan as j', 'j.id', 's.jabatan_id')
    .select(['r.id', 'r.text', 'r.jenis', 'r.parent_rhk_id', 'r.org_goal_id', 's.pegawai_id', 'p.name as owner', 'j.name as jabatan', 'j.jenis as jabatanJenis'])
    .where('s.opd_id', '=', opdId)
    .where('s.year', '=', year)
    .where('s.valid_to', 'is', null)
    .orderBy('r.id')
    .execute();
}

/** Pegawai of the OPD who are someone's atasan langsung: their RHK should be supported. */
export async function listLeadersIn(db: Executor, opdId: string) {
  const rows = await db.selectFrom(storedChains(db).as('c')).select('c.atasan_pegawai_id').distinct().where('c.opd_id', '=', opdId).where('c.atasan_pegawai_id', 'is not', null).execute();
  return new Set(rows.map((r) => r.atasan_pegawai_id!));
}

export async function findOpd(db: Executor, opdId: string) {
  return db.selectFrom('unit_kerja').select(['id', 'name', 'instansi_id', 'is_opd']).where('id', '=', opdId).executeTakeFirst();
}

export async function listGoals(db: Executor, opdId: string, year: number) {
  return db.selectFrom('org_goal').select(['id', 'code', 'indicator', 'sasaran']).where('opd_id', '=', opdId).where('year', '=', year).orderBy('code').execute();
}
