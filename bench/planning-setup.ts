/**
 * Child process of the bench: `tsx bench/planning-setup.ts <opd code>` gives every pegawai of one
 * imported OPD an approved SKP for the current year, cascaded the whole way down — 3 IKU → the
 * Kepala's 3 RHK → each atasan's RHK to everyone below them (from the stored penilai chains) —
 * with 3 IKI per RHK, the seven BerAKHLAK rows and the approval snapshot. Rows go in with
 * set-based SQL in one transaction (no audit rows: nothing here is measured); each snapshot is
 * the server's own buildSkpContent, as approving stores it. Prints one JSON line.
 */
import { sql } from 'kysely';
import { withDatabase } from '../src/cli/context';
import { coreValueCodes } from '../src/domain/berakhlak';
import { buildSkpContent, loadParticipants } from '../src/server/modules/skp/skp-read';
import { findSkp } from '../src/server/modules/skp/skp.repository';
import { todayInSolok } from '../src/server/platform/calendar';
import { systemClock } from '../src/server/platform/clock';
import { inTransaction, type Trx } from '../src/server/platform/db/transaction';

export interface PlanningFixture {
  /** Active pegawai in the whole database (import and demo). */
  activePegawai: number;
  opdId: string;
  year: number;
  pegawai: number;
  skp: number;
  rhk: number;
  iki: number;
  /** Levels of the cascade below the IKU (Kepala, Administrator, Pengawas, staff). */
  levels: number;
  staff: { pegawaiId: string; nip: string; name: string; skpId: string };
  setupSeconds: number;
}

const RHK_PER_SKP = 3;
const IKI = [
  { aspek: 'KUANTITAS', indicator: 'Jumlah keluaran yang diselesaikan', target: 12, satuan: 'Dokumen' },
  { aspek: 'KUALITAS', indicator: 'Persentase keluaran yang diterima tanpa perbaikan', target: 100, satuan: '%' },
  { aspek: 'WAKTU', indicator: 'Ketepatan waktu penyelesaian', target: 12, satuan: 'Bulan' },
];
const GOALS = [
  ['Meningkatnya kualitas pelayanan publik', 'Indeks kepuasan masyarakat', 'Indeks', 85],
  ['Meningkatnya akuntabilitas kinerja', 'Nilai SAKIP perangkat daerah', 'Nilai', 80],
  ['Meningkatnya capaian program prioritas', 'Persentase program prioritas yang tercapai', '%', 95],
] as const;

const opdCode = process.argv[2];
if (!opdCode) {
  console.error('usage: tsx bench/planning-setup.ts <opd code>');
  process.exit(2);
}
const started = performance.now();
const today = todayInSolok(systemClock);
const year = Number(today.slice(0, 4));

const fixture = await withDatabase({ seed: false }, ({ database }) => inTransaction(database.db, (trx) => fill(trx, opdCode)));
console.log(JSON.stringify({ ...fixture, setupSeconds: (performance.now() - started) / 1000 }));
process.exit(0);

async function fill(trx: Trx, code: string): Promise<Omit<PlanningFixture, 'setupSeconds'>> {
  const opd = await trx.selectFrom('unit_kerja').select(['id', 'instansi_id', 'name']).where('code', '=', code).where('is_opd', '=', true).executeTakeFirst();
  if (!opd) throw new Error(`OPD ${code} not found: import it first`);
  const performanceYear = await trx.selectFrom('performance_year').select('status').where('instansi_id', '=', opd.instansi_id).where('year', '=', year).executeTakeFirst();
  if (performanceYear?.status !== 'OPEN') throw new Error(`performance year ${year} is not open (the demo seed opens it)`);

  const goals = await insertRows<{ id: string; code: string }>(trx, 'org_goal', 'instansi_id, opd_id, year, code, sasaran, indicator, satuan, target, direction, baseline', sql`
    select ${opd.instansi_id}::bigint, ${opd.id}::bigint, ${year}::int, 'IKU-' || n, g.sasaran, g.indicator, g.satuan, g.target, 'HIGHER', g.target * 0.9
      from unnest(${GOALS.map((g) => g[0])}::text[], ${GOALS.map((g) => g[1])}::text[], ${GOALS.map((g) => g[2])}::text[], ${GOALS.map((g) => g[3])}::numeric[])
           with ordinality as g(sasaran, indicator, satuan, target, n)`);
  const goalIds = goals.sort((a, b) => a.code.localeCompare(b.code)).map((g) => g.id);

  // Everyone placed in the OPD today, with the atasan their stored chain names and the penilai's account.
  const skpRows = await insertRows<{ id: string; pegawai_id: string; decided_by: string | null }>(
    trx,
    'skp',
    'instansi_id, pegawai_id, year, jabatan_id, opd_id, status, revision, valid_from, submitted_at, decided_at, decided_by, lampiran_sumber_daya, lampiran_skema, lampiran_konsekuensi',
    sql`
    select p.instansi_id, p.id, ${year}::int, pn.jabatan_id, c.opd_id, 'DISETUJUI', 1, ${`${year}-01-01`}::date, now() - interval '2 days', now() - interval '1 day', a.id,
           'Anggaran dan sarana unit kerja', 'Bimbingan atasan langsung setiap bulan', 'Sesuai ketentuan tunjangan kinerja'
      from penilai_chain c
      join pegawai p on p.id = c.pegawai_id
      join penempatan pn on pn.pegawai_id = p.id and not pn.acting and pn.valid_from <= ${today}::date and (pn.valid_to is null or pn.valid_to >= ${today}::date)
      left join account a on a.pegawai_id = c.penilai_pegawai_id
     where c.opd_id = ${opd.id}::bigint`,
  );
  const skpOf = new Map(skpRows.map((s) => [s.pegawai_id, s.id]));
  await sql`insert into skp_perilaku (skp_id, core_value, ekspektasi)
            select s, v, '' from unnest(${skpRows.map((s) => s.id)}::bigint[]) s cross join unnest(${coreValueCodes}::text[]) v`.execute(trx);

  const levels = await cascadeLevels(trx, opd.id, [...skpOf.keys()]);
  const rhkOf = new Map<string, string[]>();
  for (const [depth, level] of levels.entries()) {
    const rows = level.flatMap((p) =>
      Array.from({ length: RHK_PER_SKP }, (_, i) => ({
        skpId: skpOf.get(p.pegawaiId)!,
        parent: depth === 0 ? null : rhkOf.get(p.atasanId!)![i]!,
        goal: depth === 0 ? goalIds[i]! : null,
        text: `${['Terlaksananya', 'Meningkatnya', 'Tersusunnya'][i]} ${['program', 'layanan', 'laporan'][i]} ${p.unitName} yang mendukung sasaran ${opd.name}`,
        position: i + 1,
      })),
    );
    const created = await insertRows<{ id: string; skp_id: string; position: number }>(trx, 'rhk', 'skp_id, jenis, text, parent_rhk_id, org_goal_id, position', sql`
      select s, 'UTAMA', t, pr, g, pos from unnest(${rows.map((r) => r.skpId)}::bigint[], ${rows.map((r) => r.text)}::text[], ${rows.map((r) => r.parent)}::bigint[],
                                                  ${rows.map((r) => r.goal)}::bigint[], ${rows.map((r) => r.position)}::int[]) as v(s, t, pr, g, pos)`);
    const pegawaiOfSkp = new Map(level.map((p) => [skpOf.get(p.pegawaiId)!, p.pegawaiId]));
    for (const r of created.sort((a, b) => a.position - b.position)) {
      const owner = pegawaiOfSkp.get(r.skp_id)!;
      rhkOf.set(owner, [...(rhkOf.get(owner) ?? []), r.id]);
    }
  }
  const rhkIds = [...rhkOf.values()].flat();
  await sql`insert into iki (rhk_id, aspek, indicator, target_value, satuan, direction, position)
            select r, v.aspek, v.indicator, v.target, v.satuan, 'HIGHER', v.n
              from unnest(${rhkIds}::bigint[]) r
             cross join unnest(${IKI.map((i) => i.aspek)}::text[], ${IKI.map((i) => i.indicator)}::text[], ${IKI.map((i) => i.target)}::numeric[], ${IKI.map((i) => i.satuan)}::text[])
                   with ordinality as v(aspek, indicator, target, satuan, n)`.execute(trx);

  await insertSnapshots(trx, skpRows);
  // A staff member under a Kasi, with a name of two or more words (the "few hits" search row).
  const staff = levels.at(-1)!.find((m) => m.name.includes(' ')) ?? levels.at(-1)![0]!;
  const active = await trx.selectFrom('pegawai').select((eb) => eb.fn.countAll<string>().as('n')).where('active', '=', true).executeTakeFirstOrThrow();
  return {
    activePegawai: Number(active.n),
    opdId: opd.id,
    year,
    pegawai: skpRows.length,
    skp: skpRows.length,
    rhk: rhkIds.length,
    iki: rhkIds.length * IKI.length,
    levels: levels.length,
    staff: { pegawaiId: staff.pegawaiId, nip: staff.nip, name: staff.name, skpId: skpOf.get(staff.pegawaiId)! },
  };
}

async function insertRows<T>(trx: Trx, table: string, columns: string, select: ReturnType<typeof sql>): Promise<T[]> {
  const { rows } = await sql<T>`insert into ${sql.table(table)} (${sql.raw(columns)}) ${select} returning *`.execute(trx);
  return rows;
}

interface Member {
  pegawaiId: string;
  atasanId: string | null;
  nip: string;
  name: string;
  unitName: string;
}

/** The OPD's pegawai by depth below the Kepala, following the stored atasan langsung. */
async function cascadeLevels(trx: Trx, opdId: string, pegawaiIds: string[]): Promise<Member[][]> {
  const { rows } = await sql<Member & { jenis: string }>`
    select c.pegawai_id as "pegawaiId", c.atasan_pegawai_id as "atasanId", p.nip, p.name, u.name as "unitName", j.jenis
      from penilai_chain c join pegawai p on p.id = c.pegawai_id
      join skp s on s.pegawai_id = p.id and s.valid_to is null and s.opd_id = ${opdId}::bigint
      join jabatan j on j.id = s.jabatan_id join unit_kerja u on u.id = j.unit_id
     where c.pegawai_id = any(${pegawaiIds}::bigint[])
     order by p.nip`.execute(trx);
  const inOpd = new Set(rows.map((r) => r.pegawaiId));
  const levels: Member[][] = [rows.filter((r) => r.jenis === 'JPT' || r.atasanId === null || !inOpd.has(r.atasanId))];
  const placed = new Set(levels[0]!.map((m) => m.pegawaiId));
  while (placed.size < rows.length) {
    const next = rows.filter((r) => !placed.has(r.pegawaiId) && placed.has(r.atasanId!));
    if (next.length === 0) throw new Error(`${rows.length - placed.size} pegawai of the OPD are not below its Kepala`);
    for (const m of next) placed.add(m.pegawaiId);
    levels.push(next);
  }
  return levels;
}

/** The approval snapshot of every SKP, as the approve transition stores it. */
async function insertSnapshots(trx: Trx, skps: { id: string; decided_by: string | null }[]): Promise<void> {
  const CHUNK = 100;
  for (let i = 0; i < skps.length; i += CHUNK) {
    const snapshots: { skpId: string; decidedBy: string | null; snapshot: string }[] = [];
    for (const { id, decided_by } of skps.slice(i, i + CHUNK)) {
      const skp = (await findSkp(trx, id))!;
      const content = await buildSkpContent(trx, skp, await loadParticipants(trx, skp));
      snapshots.push({ skpId: id, decidedBy: decided_by, snapshot: JSON.stringify(content) });
    }
    await trx
      .insertInto('skp_revision')
      .values(snapshots.map((s) => ({ skp_id: s.skpId, revision: 1, approved_at: sql<Date>`now() - interval '1 day'`, approved_by: s.decidedBy, snapshot: s.snapshot })))
      .execute();
  }
}
