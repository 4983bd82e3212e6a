import type { IkiInput } from '../../shared/schemas/planning';
import { createHolidaysService, createServiceUnitsService, loadSlaContext } from '../modules/public-service';
import { createSkpService } from '../modules/skp';
import type { AppContext } from '../platform/app-context';
import { todayInSolok } from '../platform/calendar';
import { demoLogins } from './demo-accounts';
import { demoAccountAuth } from './demo-auth';
import { mulberry32 } from './prng';
import { seedComplaints, seedIkmResponses, type SeedUnit } from './seed-service-data';

interface UnitPlan {
  find: { code: string } | { name: string };
  name: string;
  slug: string;
  kind: SeedUnit['kind'];
  complaintsPerQuarter: number;
  respondentsPerQuarter: number;
  satisfaction: number;
  address: string;
}

/** Who serves the public in the demo: the four puskesmas, three kelurahan offices, a school and the Dishub counter. */
const plans: UnitPlan[] = [
  { find: { code: 'PKM-TANAHGARAM' }, name: 'Puskesmas Tanah Garam', slug: 'pkm-tanah-garam', kind: 'PUSKESMAS', complaintsPerQuarter: 24, respondentsPerQuarter: 190, satisfaction: 3.35, address: 'Jl. Kapten Bahar Hamid, Tanah Garam' },
  { find: { code: 'PKM-KTK' }, name: 'Puskesmas KTK', slug: 'pkm-ktk', kind: 'PUSKESMAS', complaintsPerQuarter: 10, respondentsPerQuarter: 160, satisfaction: 3.25, address: 'Jl. Lingkar Utara, Kampung Jawa' },
  { find: { code: 'PKM-NANBALIMO' }, name: 'Puskesmas Nan Balimo', slug: 'pkm-nan-balimo', kind: 'PUSKESMAS', complaintsPerQuarter: 8, respondentsPerQuarter: 110, satisfaction: 3.05, address: 'Jl. Nan Balimo' },
  { find: { code: 'PKM-TANJUNGPAKU' }, name: 'Puskesmas Tanjung Paku', slug: 'pkm-tanjung-paku', kind: 'PUSKESMAS', complaintsPerQuarter: 8, respondentsPerQuarter: 150, satisfaction: 3.2, address: 'Jl. Tanjung Paku' },
  { find: { code: 'KEL-TANAHGARAM' }, name: 'Kantor Kelurahan Tanah Garam', slug: 'kel-tanah-garam', kind: 'KELURAHAN', complaintsPerQuarter: 5, respondentsPerQuarter: 45, satisfaction: 3.1, address: 'Kelurahan Tanah Garam' },
  { find: { code: 'KEL-KAMPUNGJAWA' }, name: 'Kantor Kelurahan Kampung Jawa', slug: 'kel-kampung-jawa', kind: 'KELURAHAN', complaintsPerQuarter: 4, respondentsPerQuarter: 40, satisfaction: 3.0, address: 'Kelurahan Kampung Jawa' },
  { find: { code: 'KEL-KOTOPANJANG' }, name: 'Kantor Kelurahan Koto Panjang', slug: 'kel-koto-panjang', kind: 'KELURAHAN', complaintsPerQuarter: 2, respondentsPerQuarter: 4, satisfaction: 2.9, address: 'Kelurahan Koto Panjang' },
  { find: { code: 'SDN01' }, name: 'SD Negeri 01 Kota Solok', slug: 'sdn-01-kota-solok', kind: 'SEKOLAH', complaintsPerQuarter: 3, respondentsPerQuarter: 35, satisfaction: 3.3, address: 'Kota Solok' },
  { find: { name: 'UPT Pengujian Kendaraan Bermotor' }, name: 'Loket Pengujian Kendaraan Bermotor (Dishub)', slug: 'dishub-pengujian-kendaraan', kind: 'LOKET', complaintsPerQuarter: 9, respondentsPerQuarter: 80, satisfaction: 2.85, address: 'Jl. Raya Solok–Padang' },
];

/**
 * The citizen side of the demo year (issue #7): the 2026 national holidays in the calendar, nine
 * service units with their staff (made through the service), complaints and IKM answers for each
 * quarter so far (bulk inserts), and the Kepala Dinas Kesehatan's SKP revised so its complaint and
 * IKM indicators are service-fed — computed from Puskesmas Tanah Garam's data.
 */
export async function seedPublicService(ctx: AppContext, instansiId: string, year: number) {
  const { db } = ctx;
  const now = ctx.clock.now();
  const today = todayInSolok(ctx.clock);
  const admin = await demoAccountAuth(db, instansiId, { login: demoLogins.adminBkpsdm }, ['ADMIN_BKPSDM', 'PEGAWAI']);
  const holidays = createHolidaysService(ctx);
  const units = createServiceUnitsService(ctx);
  if (year === 2026) await holidays.importNational(admin.auth, admin.actor, year);

  const created: SeedUnit[] = [];
  for (const plan of plans) {
    const [column, value] = 'code' in plan.find ? (['code', plan.find.code] as const) : (['name', plan.find.name] as const);
    const unitKerja = await db.selectFrom('unit_kerja').select('id').where('instansi_id', '=', instansiId).where(column, '=', value).executeTakeFirst();
    if (!unitKerja) continue;
    const view = await units.create(admin.auth, admin.actor, { unitId: unitKerja.id, name: plan.name, slug: plan.slug, address: plan.address });
    // Everyone placed in the unit serves there; the head dispatches.
    const staff = await db
      .selectFrom('penempatan as pn')
      .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
      .select('pn.pegawai_id')
      .where('j.unit_id', '=', unitKerja.id)
      .where('j.is_head', '=', false)
      .where('pn.valid_to', 'is', null)
      .orderBy('pn.pegawai_id')
      .execute();
    const memberIds = [...new Set(staff.map((s) => s.pegawai_id))];
    if (memberIds.length > 0) await units.setMembers(admin.auth, admin.actor, view.id, memberIds.map((pegawaiId) => ({ pegawaiId, role: 'PETUGAS' })));
    created.push({ id: view.id, instansiId, kind: plan.kind, complaintsPerQuarter: plan.complaintsPerQuarter, respondentsPerQuarter: plan.respondentsPerQuarter, satisfaction: plan.satisfaction, memberIds });
  }

  const periods = await db.selectFrom('period as p').innerJoin('performance_year as y', 'y.id', 'p.year_id').select(['p.starts_on', 'p.ends_on']).where('y.instansi_id', '=', instansiId).where('y.year', '=', year).orderBy('p.seq').execute();
  const sla = await loadSlaContext(db, instansiId);
  const rng = mulberry32(7_2026);
  for (const period of periods.filter((p) => p.starts_on < today)) {
    const span = Date.parse(period.ends_on) - Date.parse(period.starts_on);
    const fraction = period.ends_on < today ? 1 : Math.max(0, (Date.parse(today) - Date.parse(period.starts_on)) / span);
    const window = { startsOn: period.starts_on, endsOn: period.ends_on };
    for (const unit of created) {
      await seedComplaints(db, unit, window, fraction, now, sla, rng);
      await seedIkmResponses(db, unit, window, fraction, now, rng);
    }
  }
  const tanahGaram = created[0];
  if (tanahGaram) await makeServiceFed(ctx, instansiId, year, tanahGaram.id);
}

/**
 * The Kepala Dinas Kesehatan revises his approved SKP: his IKU-1 indicator (first-response days)
 * and a new RHK on IKU-2 ("Persentase pengaduan yang diselesaikan sesuai standar waktu") and the
 * IKM now take their realisation from Puskesmas Tanah Garam's data; the Sekda approves again.
 */
async function makeServiceFed(ctx: AppContext, instansiId: string, year: number, serviceUnitId: string) {
  const { db } = ctx;
  const skp = createSkpService(ctx);
  const kadinkesId = (await db.selectFrom('pegawai').select('id').where('nip', '=', demoLogins.kadinkes).executeTakeFirstOrThrow()).id;
  const running = await db.selectFrom('skp').select(['id', 'status']).where('pegawai_id', '=', kadinkesId).where('year', '=', year).where('valid_to', 'is', null).executeTakeFirst();
  const goal = await db.selectFrom('org_goal as g').innerJoin('unit_kerja as u', 'u.id', 'g.opd_id').select('g.id').where('u.code', '=', 'DINKES').where('g.code', '=', 'IKU-2').where('g.year', '=', year).executeTakeFirst();
  if (running?.status !== 'DISETUJUI' || !goal) return;
  const owner = await demoAccountAuth(db, instansiId, { pegawaiId: kadinkesId });
  const [responseRhk] = (await skp.view(owner.auth, running.id)).rhk;
  if (!responseRhk) return;
  const source = (sourceKind: IkiInput['sourceKind']) => ({ sourceKind, sourceUnitId: serviceUnitId, perspektif: 'PENERIMA_LAYANAN' as const });
  await skp.transition(owner.auth, owner.actor, running.id, 'revise');
  await skp.updateRhk(owner.auth, owner.actor, running.id, responseRhk.id, {
    jenis: responseRhk.jenis,
    text: responseRhk.text,
    orgGoalId: responseRhk.orgGoal?.id ?? null,
    iki: [{ aspek: 'WAKTU', indicator: 'Rata-rata waktu tanggapan pertama pengaduan', targetValue: 2, satuan: 'Hari', direction: 'LOWER', ...source('FIRST_RESPONSE_AVG_DAYS') }],
  });
  await skp.addRhk(owner.auth, owner.actor, running.id, {
    jenis: 'UTAMA',
    text: 'Meningkatnya ketepatan waktu dan kepuasan masyarakat atas pelayanan kesehatan',
    orgGoalId: goal.id,
    iki: [
      { aspek: 'KUALITAS', indicator: 'Persentase pengaduan yang diselesaikan sesuai standar waktu', targetValue: 90, satuan: '%', direction: 'HIGHER', ...source('COMPLAINTS_ON_TIME_PCT') },
      { aspek: 'KUALITAS', indicator: 'Indeks Kepuasan Masyarakat puskesmas', targetValue: 88.31, satuan: 'Indeks', direction: 'HIGHER', ...source('IKM_INDEX') },
    ],
  });
  await skp.transition(owner.auth, owner.actor, running.id, 'submit');
  const penilaiId = (await db.selectFrom('penilai_chain').select('penilai_pegawai_id').where('pegawai_id', '=', kadinkesId).executeTakeFirstOrThrow()).penilai_pegawai_id;
  if (!penilaiId) return;
  const penilai = await demoAccountAuth(db, instansiId, { pegawaiId: penilaiId });
  await skp.transition(penilai.auth, penilai.actor, running.id, 'approve');
}
