import { createOrgGoalsService } from '../modules/org-goals';
import { createPeriodsService } from '../modules/periods';
import { createCascadeService, createSkpService } from '../modules/skp';
import type { AppContext } from '../platform/app-context';
import type { IkiInput } from '../../shared/schemas/planning';
import type { Role } from '../../shared/roles';
import { demoLogins } from './demo-accounts';
import { demoAccountAuth } from './demo-auth';

/**
 * Planning for the demo year, made through the same services people use, so every rule holds:
 * the year is open; Dikbud, Dishub and Dinkes have their IKU; in Dinas Pendidikan the Kepala
 * Dinas, every Kabid and the Bidang SD staff (their RHK handed down by the matriks) have approved SKP cascaded down (the pohon kinerja),
 * one Pamong Budaya has a draft RHK that intervenes nothing (flagged), and the Kepala Puskesmas
 * Tanah Garam has an approved SKP to hand down to her 25 staff. Siti Aisyah (staff Kebudayaan) has
 * no SKP yet: she is the one who drafts hers in the walkthrough.
 */
export async function seedPlanning(ctx: AppContext, instansiId: string, year: number) {
  const { db } = ctx;
  const periods = createPeriodsService(ctx);
  const goals = createOrgGoalsService(ctx);
  const skp = createSkpService(ctx);
  const cascades = createCascadeService(ctx, skp);

  const authOf = (who: { pegawaiId?: string; login?: string }, roles: Role[] = ['PEGAWAI']) => demoAccountAuth(db, instansiId, who, roles);
  const pegawaiIdOf = async (nip: string) => (await db.selectFrom('pegawai').select('id').where('nip', '=', nip).executeTakeFirstOrThrow()).id;
  const opdIdOf = async (code: string) => (await db.selectFrom('unit_kerja').select('id').where('instansi_id', '=', instansiId).where('code', '=', code).executeTakeFirstOrThrow()).id;
  const chainOf = (pegawaiId: string) => db.selectFrom('penilai_chain').select(['atasan_pegawai_id', 'penilai_pegawai_id', 'chain']).where('pegawai_id', '=', pegawaiId).executeTakeFirstOrThrow();
  const reportsOf = async (pegawaiId: string) =>
    (await db.selectFrom('penilai_chain as c').innerJoin('pegawai as p', 'p.id', 'c.pegawai_id').select(['p.id']).where('c.atasan_pegawai_id', '=', pegawaiId).orderBy('p.name').execute()).map((r) => r.id);

  const admin = await authOf({ login: demoLogins.adminBkpsdm }, ['ADMIN_BKPSDM', 'PEGAWAI']);
  await periods.openYear(admin.auth, admin.actor, { year, granularity: 'quarterly' });

  const goal = async (opdCode: string, code: string, sasaran: string, indicator: string, satuan: string, target: number, direction: 'HIGHER' | 'LOWER', baseline: number) => {
    const list = await goals.create(admin.auth, admin.actor, { opdId: await opdIdOf(opdCode), year, code, sasaran, indicator, satuan, target, direction, baseline });
    return list.items.find((g) => g.code === code)!.id;
  };
  const aps = await goal('DISDIKBUD', 'IKU-1', 'Meningkatnya akses dan mutu pendidikan dasar', 'Angka partisipasi sekolah (APS) usia 7–15 tahun', '%', 99.2, 'HIGHER', 98.4);
  await goal('DISDIKBUD', 'IKU-2', 'Meningkatnya pelestarian kebudayaan daerah', 'Jumlah cagar budaya yang dilestarikan', 'Objek', 12, 'HIGHER', 9);
  const accidents = await goal('DISHUB', 'IKU-1', 'Meningkatnya keselamatan lalu lintas', 'Jumlah kecelakaan lalu lintas', 'Kejadian', 40, 'LOWER', 52);
  const response = await goal('DINKES', 'IKU-1', 'Meningkatnya mutu pelayanan kesehatan', 'Rata-rata waktu tanggapan pertama pengaduan layanan kesehatan', 'Hari', 2, 'LOWER', 4);
  await goal('DINKES', 'IKU-2', 'Meningkatnya mutu pelayanan kesehatan', 'Persentase pengaduan yang diselesaikan sesuai standar waktu', '%', 90, 'HIGHER', 72);

  const standardIki = (unitWork: string): IkiInput[] => [
    { aspek: 'KUANTITAS', indicator: `Jumlah laporan capaian ${unitWork}`, targetValue: 4, satuan: 'Laporan', direction: 'HIGHER' },
    { aspek: 'KUALITAS', indicator: 'Persentase kegiatan yang terlaksana sesuai rencana', targetValue: 100, satuan: '%', direction: 'HIGHER' },
    { aspek: 'WAKTU', indicator: 'Ketepatan waktu penyelesaian', targetValue: 12, satuan: 'Bulan', direction: 'HIGHER' },
  ];

  /** Submits the owner's SKP and has their pejabat penilai (a pegawai, or the Wali Kota for the Sekda) approve it. */
  const submitAndApprove = async (pegawaiId: string, skpId: string) => {
    const owner = await authOf({ pegawaiId });
    await skp.transition(owner.auth, owner.actor, skpId, 'submit');
    const chain = await chainOf(pegawaiId);
    const official = (chain.chain as { pejabatPenilai?: { kind: string; officialId?: string } }).pejabatPenilai;
    const penilai = chain.penilai_pegawai_id
      ? await authOf({ pegawaiId: chain.penilai_pegawai_id })
      : await authOf({ login: (await db.selectFrom('official as o').innerJoin('account as a', 'a.id', 'o.account_id').select('a.login').where('o.id', '=', official!.officialId!).executeTakeFirstOrThrow()).login }, ['PIMPINAN']);
    return skp.transition(penilai.auth, penilai.actor, skpId, 'approve');
  };

  /** Drafts, submits and has the pejabat penilai approve an SKP; returns its RHK ids. */
  const approvedSkp = async (pegawaiId: string, rhk: { text: string; parentRhkId?: string; orgGoalId?: string; iki: IkiInput[] }[]) => {
    const owner = await authOf({ pegawaiId });
    let view = await skp.createSkp(owner.auth, owner.actor, { year, pendekatan: 'KUANTITATIF' });
    for (const r of rhk) view = await skp.addRhk(owner.auth, owner.actor, view.id, { jenis: 'UTAMA', ...r });
    const approved = await submitAndApprove(pegawaiId, view.id);
    return approved.rhk.map((r) => r.id);
  };

  // Dinas Pendidikan dan Kebudayaan: IKU → Kepala Dinas → every Kabid → Bidang SD staff.
  const kadis = await pegawaiIdOf(demoLogins.kadisdikbud);
  const [kadisRhk] = await approvedSkp(kadis, [{ text: 'Meningkatnya partisipasi dan mutu pendidikan dasar di Kota Solok', orgGoalId: aps, iki: [{ aspek: 'KUALITAS', indicator: 'APS usia 7–15 tahun', targetValue: 99.2, satuan: '%', direction: 'HIGHER', perspektif: 'PENERIMA_LAYANAN' }] }]);
  for (const kabid of await reportsOf(kadis)) {
    const unitName = (await db.selectFrom('penempatan as pn').innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id').innerJoin('unit_kerja as u', 'u.id', 'j.unit_id').select('u.name').where('pn.pegawai_id', '=', kabid).where('pn.valid_to', 'is', null).where('pn.acting', '=', false).executeTakeFirstOrThrow()).name;
    const [kabidRhk] = await approvedSkp(kabid, [{ text: `Terlaksananya program ${unitName} yang mendukung partisipasi pendidikan`, parentRhkId: kadisRhk!, iki: standardIki(unitName) }]);
    if (unitName === 'Bidang Pembinaan Sekolah Dasar') {
      const kabidAuth = await authOf({ pegawaiId: kabid });
      const staff = await reportsOf(kabid);
      await cascades.cascade(kabidAuth.auth, kabidAuth.actor, { sourceRhkId: kabidRhk!, pegawaiIds: staff });
      // Each of them adds indicators to the RHK handed down and has the SKP approved.
      for (const pegawaiId of staff) {
        const owner = await authOf({ pegawaiId });
        const running = await db.selectFrom('skp').select('id').where('pegawai_id', '=', pegawaiId).where('year', '=', year).where('valid_to', 'is', null).executeTakeFirstOrThrow();
        const [handed] = (await skp.view(owner.auth, running.id)).rhk;
        await skp.updateRhk(owner.auth, owner.actor, running.id, handed!.id, { jenis: 'UTAMA', text: handed!.text, parentRhkId: handed!.parent?.id, iki: standardIki('pembinaan sekolah dasar') });
        await submitAndApprove(pegawaiId, running.id);
      }
    }
  }
  const siti = await pegawaiIdOf(demoLogins.stafDikbud);
  const kabidBudaya = (await chainOf(siti)).atasan_pegawai_id!;
  const pamong = (await reportsOf(kabidBudaya)).find((id) => id !== siti)!;
  const pamongAuth = await authOf({ pegawaiId: pamong });
  const pamongSkp = await skp.createSkp(pamongAuth.auth, pamongAuth.actor, { year, pendekatan: 'KUANTITATIF' });
  await skp.addRhk(pamongAuth.auth, pamongAuth.actor, pamongSkp.id, { jenis: 'UTAMA', text: 'Terdokumentasinya kesenian tradisional Minangkabau di Kota Solok', iki: standardIki('dokumentasi kesenian') });

  // Dinas Kesehatan: the Kepala Puskesmas Tanah Garam can hand her RHK down to 25 staff.
  const [kadinkesRhk] = await approvedSkp(await pegawaiIdOf(demoLogins.kadinkes), [{ text: 'Meningkatnya mutu dan kecepatan tanggapan pelayanan kesehatan', orgGoalId: response, iki: [{ aspek: 'WAKTU', indicator: 'Rata-rata waktu tanggapan pertama pengaduan', targetValue: 2, satuan: 'Hari', direction: 'LOWER', perspektif: 'PENERIMA_LAYANAN' }] }]);
  await approvedSkp(await pegawaiIdOf(demoLogins.kapusTanahGaram), [
    { text: 'Meningkatnya cakupan pelayanan kesehatan dasar di wilayah Puskesmas Tanah Garam', parentRhkId: kadinkesRhk!, iki: standardIki('pelayanan kesehatan dasar') },
    { text: 'Tertanganinya pengaduan layanan puskesmas sesuai standar waktu', parentRhkId: kadinkesRhk!, iki: standardIki('penanganan pengaduan') },
  ]);

  // Dinas Perhubungan: fewer accidents is better.
  await approvedSkp(await pegawaiIdOf(demoLogins.kadishub), [{ text: 'Menurunnya angka kecelakaan lalu lintas di Kota Solok', orgGoalId: accidents, iki: [{ aspek: 'KUANTITAS', indicator: 'Jumlah kecelakaan lalu lintas', targetValue: 40, satuan: 'Kejadian', direction: 'LOWER', perspektif: 'PENERIMA_LAYANAN' }] }]);
}
