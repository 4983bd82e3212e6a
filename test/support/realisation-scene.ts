import { demoLogins } from '../../src/server/seed/demo-accounts';
import type { TestApp } from './test-app';

/** The smallest valid PNG (1×1, transparent): a "photo" from the phone camera for tests. */
export const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * The demo's Kepala Puskesmas Tanah Garam: an approved SKP, with her atasan (who reviews) and one
 * of her own staff (who may not read her SKP), and the first period of the demo year.
 */
export async function realisationScene(t: TestApp) {
  const owner = await t.db.selectFrom('pegawai').select(['id', 'name']).where('nip', '=', demoLogins.kapusTanahGaram).executeTakeFirstOrThrow();
  const chain = await t.db.selectFrom('penilai_chain').select(['atasan_pegawai_id', 'penilai_pegawai_id']).where('pegawai_id', '=', owner.id).executeTakeFirstOrThrow();
  const atasan = await t.db.selectFrom('pegawai').select(['id', 'nip', 'name']).where('id', '=', chain.atasan_pegawai_id!).executeTakeFirstOrThrow();
  const penilai = await t.db.selectFrom('pegawai').select(['id', 'nip', 'name']).where('id', '=', chain.penilai_pegawai_id!).executeTakeFirstOrThrow();
  const staff = await t.db.selectFrom('penilai_chain as c').innerJoin('pegawai as p', 'p.id', 'c.pegawai_id').select(['p.id', 'p.nip']).where('c.atasan_pegawai_id', '=', owner.id).orderBy('p.nip').executeTakeFirstOrThrow();
  const skp = await t.db.selectFrom('skp').select(['id', 'year']).where('pegawai_id', '=', owner.id).where('valid_to', 'is', null).executeTakeFirstOrThrow();
  const periods = await t.db.selectFrom('period as p').innerJoin('performance_year as y', 'y.id', 'p.year_id').select(['p.id', 'p.name', 'p.ends_on', 'p.realisation_closes']).where('y.year', '=', skp.year).orderBy('p.seq').execute();
  const iki = await t.db.selectFrom('iki as i').innerJoin('rhk as r', 'r.id', 'i.rhk_id').select(['i.id', 'i.target_value', 'i.aspek', 'i.satuan', 'i.accumulation', 'r.id as rhkId']).where('r.skp_id', '=', skp.id).orderBy('r.position').orderBy('i.position').execute();
  return {
    owner,
    atasan,
    penilai,
    staff,
    skp,
    period: periods[0]!,
    periods,
    iki,
    signInOwner: () => t.signIn(demoLogins.kapusTanahGaram),
    signInAtasan: () => t.signIn(atasan.nip),
    signInPenilai: () => t.signIn(penilai.nip),
    signInStaff: () => t.signIn(staff.nip),
    periodUrl: (periodId = periods[0]!.id) => `/api/skp/${skp.id}/periods/${periodId}`,
  };
}
