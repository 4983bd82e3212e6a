import { femaleNames, femaleSurnames, maleNames, maleSurnames } from '../src/server/seed/names';
import { mulberry32, type Rng } from '../src/server/seed/prng';

/**
 * A generated organisation for the scale rows: OPDs of exactly 1,000 pegawai each, every one
 * shaped like a real dinas — Kepala (JPT) → Sekretaris and 4 Kepala Bidang (Administrator) →
 * 3 Kasubbag and 16 Kasi (Pengawas) → 975 staff (pelaksana and fungsional, a fifth of them PPPK)
 * spread over the 19 subbagian and seksi. Deterministic (seeded PRNG), so every run imports the
 * same file. The first OPD is the one the planning rows fill with SKP.
 */
export const PEGAWAI_PER_OPD = 1_000;
export const UNIT_CODE_PREFIX = 'BX';

export interface GeneratedUnit {
  code: string;
  name: string;
  kind: 'DINAS' | 'BADAN' | 'SEKRETARIAT' | 'SUBBAGIAN' | 'BIDANG' | 'SEKSI';
  parentCode: string | null;
  head: { name: string; jenis: 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' };
}

export interface GeneratedPegawai {
  nip: string;
  jenisAsn: 'PNS' | 'PPPK';
  name: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  sex: 'L' | 'P';
  birthDate: Date;
  golongan: string;
  unitCode: string;
  jabatan: string;
  jenis: 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | 'FUNGSIONAL';
  jenjang: string | null;
  isHead: boolean;
  tmtJabatan: Date;
  atasanNip: string | null;
  email: string | null;
  phone: string | null;
}

const OPD_NAMES = [
  'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Sosial', 'Dinas Lingkungan Hidup', 'Badan Perencanaan Pembangunan Daerah',
  'Dinas Pertanian dan Pangan', 'Dinas Koperasi dan UKM', 'Badan Keuangan Daerah', 'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Pariwisata', 'Dinas Perdagangan dan Perindustrian', 'Badan Kesatuan Bangsa dan Politik', 'Dinas Tenaga Kerja',
  'Dinas Perumahan dan Kawasan Permukiman', 'Dinas Komunikasi dan Informatika', 'Dinas Pemuda dan Olahraga', 'Dinas Perpustakaan dan Kearsipan',
];
const SUBBAGIAN = ['Umum dan Kepegawaian', 'Keuangan', 'Perencanaan dan Pelaporan'];
const BIDANG = ['Perencanaan Program', 'Pelayanan', 'Pengendalian dan Evaluasi', 'Pengembangan Kapasitas'];
const SEKSI = ['Data dan Informasi', 'Pembinaan', 'Pengawasan', 'Fasilitasi'];
/** Staff posts: one (jenis, jenjang) per name, as the import requires per (unit, name). */
const STAFF_POSTS: { name: string; jenis: 'PELAKSANA' | 'FUNGSIONAL'; jenjang: string | null }[] = [
  { name: 'Pengadministrasi Perkantoran', jenis: 'PELAKSANA', jenjang: null },
  { name: 'Penata Layanan Operasional', jenis: 'PELAKSANA', jenjang: null },
  { name: 'Pengolah Data dan Informasi', jenis: 'PELAKSANA', jenjang: null },
  { name: 'Operator Layanan Operasional', jenis: 'PELAKSANA', jenjang: null },
  { name: 'Pengelola Umum Operasional', jenis: 'PELAKSANA', jenjang: null },
  { name: 'Pranata Komputer Ahli Pertama', jenis: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA' },
  { name: 'Analis Kebijakan Ahli Muda', jenis: 'FUNGSIONAL', jenjang: 'AHLI_MUDA' },
  { name: 'Arsiparis Terampil', jenis: 'FUNGSIONAL', jenjang: 'TERAMPIL' },
  { name: 'Perencana Ahli Pertama', jenis: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA' },
];
const GELAR: [string | null, string | null][] = [
  [null, null], [null, null], [null, 'S.E.'], [null, 'S.Sos.'], [null, 'S.H.'], [null, 'S.Kom.'], [null, 'A.Md.'], [null, 'S.T.'], [null, 'S.E., M.M.'], ['Dr.', 'M.Si.'],
];
const PNS_GOLONGAN = { JPT: ['IV/c', 'IV/d'], ADMINISTRATOR: ['IV/a', 'IV/b'], PENGAWAS: ['III/c', 'III/d'], STAFF: ['II/a', 'II/c', 'III/a', 'III/b', 'III/c'] };
const PPPK_GOLONGAN = ['V', 'VII', 'IX', 'X'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

export function opdCode(index: number): string {
  return `${UNIT_CODE_PREFIX}${pad(index + 1, 3)}`;
}

/** The units of `opdCount` generated OPDs, parents before children. */
export function generateUnits(opdCount: number): GeneratedUnit[] {
  const units: GeneratedUnit[] = [];
  for (let o = 0; o < opdCount; o++) {
    const code = opdCode(o);
    const base = OPD_NAMES[o % OPD_NAMES.length]!;
    const name = `${base} Wilayah ${Math.floor(o / OPD_NAMES.length) + 1}`;
    units.push({ code, name, kind: base.startsWith('Badan') ? 'BADAN' : 'DINAS', parentCode: null, head: { name: `Kepala ${name}`, jenis: 'JPT' } });
    units.push({ code: `${code}-SEK`, name: `Sekretariat ${name}`, kind: 'SEKRETARIAT', parentCode: code, head: { name: `Sekretaris ${name}`, jenis: 'ADMINISTRATOR' } });
    SUBBAGIAN.forEach((topic, i) =>
      units.push({ code: `${code}-SEK-${i + 1}`, name: `Subbagian ${topic}`, kind: 'SUBBAGIAN', parentCode: `${code}-SEK`, head: { name: `Kepala Subbagian ${topic}`, jenis: 'PENGAWAS' } }),
    );
    BIDANG.forEach((topic, b) => {
      const bidang = `${code}-B${b + 1}`;
      units.push({ code: bidang, name: `Bidang ${topic}`, kind: 'BIDANG', parentCode: code, head: { name: `Kepala Bidang ${topic}`, jenis: 'ADMINISTRATOR' } });
      SEKSI.forEach((seksi, s) =>
        units.push({ code: `${bidang}-S${s + 1}`, name: `Seksi ${seksi} ${topic}`, kind: 'SEKSI', parentCode: bidang, head: { name: `Kepala Seksi ${seksi} ${topic}`, jenis: 'PENGAWAS' } }),
      );
    });
  }
  return units;
}

/** Unique, valid NIP (PNS: birth · TMT CPNS · sex · sequence) and NI PPPK; sequences from 501 stay clear of the demo's. */
class NipMaker {
  private readonly taken = new Set<string>();
  constructor(private readonly rng: Rng) {}

  make(jenisAsn: 'PNS' | 'PPPK', birth: Date, sex: 'L' | 'P'): { nip: string; appointed: Date } {
    const rng = this.rng;
    const born = birth.getUTCFullYear();
    const birthDigits = `${born}${pad(birth.getUTCMonth() + 1)}${pad(birth.getUTCDate())}`;
    let middle: string;
    let appointed: Date;
    if (jenisAsn === 'PNS') {
      const year = Math.min(born + rng.int(20, 30), 2024);
      const month = rng.int(1, 12);
      middle = `${year}${pad(month)}`;
      appointed = utc(year, month, 1);
    } else {
      const year = rng.int(2019, 2024);
      middle = `${year}${rng.chance(0.2) ? '02' : '01'}`;
      appointed = utc(year, 4, 1);
    }
    const stem = `${birthDigits}${middle}${sex === 'L' ? '1' : '2'}`;
    for (let seq = 501; seq < 1000; seq++) {
      const nip = `${stem}${pad(seq, 3)}`;
      if (!this.taken.has(nip)) {
        this.taken.add(nip);
        return { nip, appointed };
      }
    }
    throw new Error(`no NIP sequence left for ${stem}`);
  }
}

/**
 * The pegawai of the generated OPDs, unit by unit with each head first. Staff name their unit
 * head as nip_atasan (the structural default, checked but no override); one in a hundred names
 * the Kepala Bidang instead, which the import records as an atasan override.
 */
export function* generatePegawai(units: GeneratedUnit[], seed = 20_261_128): Generator<GeneratedPegawai> {
  const rng = mulberry32(seed);
  const nips = new NipMaker(rng);
  const headNip = new Map<string, string>();
  const leaves = new Set(units.filter((u) => u.kind === 'SUBBAGIAN' || u.kind === 'SEKSI').map((u) => u.code));
  const byOpd = new Map<string, GeneratedUnit[]>();
  for (const u of units) {
    const opd = u.code.split('-')[0]!;
    byOpd.set(opd, [...(byOpd.get(opd) ?? []), u]);
  }
  for (const opdUnits of byOpd.values()) {
    const opdLeaves = opdUnits.filter((u) => leaves.has(u.code));
    const staffCount = PEGAWAI_PER_OPD - opdUnits.length;
    for (const unit of opdUnits) {
      const head = person(rng, nips, unit.head.jenis, unit.code, unit.head.name, null, true, null);
      headNip.set(unit.code, head.nip);
      yield head;
      if (!leaves.has(unit.code)) continue;
      const index = opdLeaves.indexOf(unit);
      const here = Math.floor(((index + 1) * staffCount) / opdLeaves.length) - Math.floor((index * staffCount) / opdLeaves.length);
      for (let i = 0; i < here; i++) {
        const post = rng.pick(STAFF_POSTS);
        const atasan = rng.chance(0.01) ? headNip.get(unit.parentCode!)! : head.nip;
        yield person(rng, nips, post.jenis, unit.code, post.name, post.jenjang, false, atasan);
      }
    }
  }
}

function person(rng: Rng, nips: NipMaker, jenis: GeneratedPegawai['jenis'], unitCode: string, jabatan: string, jenjang: string | null, isHead: boolean, atasanNip: string | null): GeneratedPegawai {
  const sex = rng.chance(0.5) ? 'L' : 'P';
  const [first, last] = sex === 'L' ? [maleNames, maleSurnames] : [femaleNames, femaleSurnames];
  const name = rng.chance(0.2) ? rng.pick(first) : rng.chance(0.3) ? `${rng.pick(first)} ${rng.pick(first)} ${rng.pick(last)}` : `${rng.pick(first)} ${rng.pick(last)}`;
  const staff = jenis === 'PELAKSANA' || jenis === 'FUNGSIONAL';
  const jenisAsn = staff && rng.chance(0.2) ? 'PPPK' : 'PNS';
  const birth = utc(staff ? rng.int(1968, 2000) : rng.int(1967, 1982), rng.int(1, 12), rng.int(1, 28));
  const { nip, appointed } = nips.make(jenisAsn, birth, sex);
  // The post began on or after appointment and before the planning year, so SKP can start on 1 January.
  const span = Math.max(0, Math.floor((utc(2025, 12, 31).getTime() - appointed.getTime()) / 86_400_000));
  const tmtJabatan = new Date(appointed.getTime() + rng.int(0, span) * 86_400_000);
  const [gelarDepan, gelarBelakang] = rng.pick(GELAR);
  const golongan = jenisAsn === 'PPPK' ? rng.pick(PPPK_GOLONGAN) : rng.pick(PNS_GOLONGAN[staff ? 'STAFF' : (jenis as 'JPT')]);
  return {
    nip,
    jenisAsn,
    name,
    gelarDepan,
    gelarBelakang,
    sex,
    birthDate: birth,
    golongan,
    unitCode,
    jabatan,
    jenis,
    jenjang,
    isHead,
    tmtJabatan,
    atasanNip,
    email: rng.chance(0.5) ? `${name.toLowerCase().replaceAll(' ', '.')}.${nip.slice(-6)}@pemda.example.go.id` : null,
    phone: rng.chance(0.5) ? `08${rng.int(11, 99)}${pad(rng.int(0, 99_999_999), 8)}` : null,
  };
}
