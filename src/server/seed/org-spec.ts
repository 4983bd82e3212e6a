import type { Edu } from './names';

/**
 * The shape of the demo organisation as data: units nest, each with its head post and its staff
 * posts; the builder (org-build.ts) turns it into rows and people. Codes left out are derived
 * from the parent's (e.g. DISHUB-BID2-SEKSI1), so only units referred to elsewhere name theirs.
 */
export type Jenis = 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | 'FUNGSIONAL';
export type Jenjang = 'AHLI_UTAMA' | 'AHLI_MADYA' | 'AHLI_MUDA' | 'AHLI_PERTAMA' | 'PENYELIA' | 'MAHIR' | 'TERAMPIL' | 'PEMULA';
export type OpdKind = 'SEKRETARIAT_DAERAH' | 'SEKRETARIAT_DPRD' | 'INSPEKTORAT' | 'DINAS' | 'BADAN' | 'SATPOL_PP' | 'RSUD' | 'KECAMATAN';
export type SubUnitKind = 'SEKRETARIAT' | 'BIDANG' | 'BAGIAN' | 'SUBBAGIAN' | 'SEKSI' | 'SUBBIDANG' | 'UPT' | 'PUSKESMAS' | 'SEKOLAH' | 'KELURAHAN';
export type UnitKind = OpdKind | SubUnitKind;

export const opdKinds: readonly UnitKind[] = ['SEKRETARIAT_DAERAH', 'SEKRETARIAT_DPRD', 'INSPEKTORAT', 'DINAS', 'BADAN', 'SATPOL_PP', 'RSUD', 'KECAMATAN'];

const jenjangLabel: Record<Jenjang, string> = {
  AHLI_UTAMA: 'Ahli Utama', AHLI_MADYA: 'Ahli Madya', AHLI_MUDA: 'Ahli Muda', AHLI_PERTAMA: 'Ahli Pertama',
  PENYELIA: 'Penyelia', MAHIR: 'Mahir', TERAMPIL: 'Terampil', PEMULA: 'Pemula',
};

/** A staff post: `count` holders, the last `pppk` of them PPPK, the first ones the demo logins in `holders`. */
export interface PostSpec {
  name: string;
  jenis: Jenis;
  jenjang: Jenjang | null;
  count: number;
  pppk: number;
  holders: string[];
  edu?: Edu;
}

/** The head post; by default named and ranked from the unit's kind (see org-build.ts). */
export interface HeadSpec {
  name?: string;
  jenis?: Jenis;
  jenjang?: Jenjang | null;
  /** A demo login (NIP) that holds the post. */
  holder?: string;
  /** Nobody holds it definitively. */
  vacant?: boolean;
  /** With `vacant`: the head of this unit (by code) holds it as Plt. */
  actingBy?: string;
  edu?: Edu;
}

export interface UnitSpec {
  code?: string;
  name: string;
  kind: UnitKind;
  head: HeadSpec;
  staff: PostSpec[];
  children: UnitSpec[];
}

interface PostOptions {
  pppk?: number;
  holders?: string[];
  edu?: Edu;
}

/** A jabatan fungsional post, e.g. fung('Perawat', 'TERAMPIL', 4) is "Perawat Terampil" × 4. */
export const fung = (name: string, jenjang: Jenjang, count = 1, o: PostOptions = {}): PostSpec => ({
  name: `${name} ${jenjangLabel[jenjang]}`, jenis: 'FUNGSIONAL', jenjang, count, pppk: o.pppk ?? 0, holders: o.holders ?? [], ...(o.edu ? { edu: o.edu } : {}),
});

/** A jabatan pelaksana post. */
export const pel = (name: string, count = 1, o: PostOptions = {}): PostSpec => ({
  name, jenis: 'PELAKSANA', jenjang: null, count, pppk: o.pppk ?? 0, holders: o.holders ?? [], ...(o.edu ? { edu: o.edu } : {}),
});

interface UnitOptions {
  code?: string;
  head?: HeadSpec;
  staff?: PostSpec[];
  children?: UnitSpec[];
}

export const unit = (kind: UnitKind, name: string, o: UnitOptions = {}): UnitSpec => ({
  ...(o.code ? { code: o.code } : {}), name, kind, head: o.head ?? {}, staff: o.staff ?? [], children: o.children ?? [],
});

export const bidang = (name: string, staff: PostSpec[], o: Omit<UnitOptions, 'staff'> = {}) => unit('BIDANG', `Bidang ${name}`, { ...o, staff });
export const bagian = (name: string, staff: PostSpec[], o: Omit<UnitOptions, 'staff'> = {}) => unit('BAGIAN', `Bagian ${name}`, { ...o, staff });
export const subbag = (name: string, staff: PostSpec[], o: Omit<UnitOptions, 'staff'> = {}) => unit('SUBBAGIAN', `Subbagian ${name}`, { ...o, staff });
export const seksi = (name: string, staff: PostSpec[], o: Omit<UnitOptions, 'staff'> = {}) => unit('SEKSI', `Seksi ${name}`, { ...o, staff });
export const upt = (name: string, staff: PostSpec[], o: Omit<UnitOptions, 'staff'> = {}) => unit('UPT', `UPT ${name}`, { ...o, staff });

/**
 * The usual sekretariat of a dinas or badan since the 2021 simplification: a Sekretaris, a
 * perencana, and two subbagian (umum-kepegawaian, keuangan-aset).
 */
export function sekretariat(opdName: string, o: { umpeg?: PostSpec[]; keuangan?: PostSpec[]; keuanganHead?: HeadSpec; staff?: PostSpec[] } = {}): UnitSpec {
  return unit('SEKRETARIAT', `Sekretariat ${opdName}`, {
    staff: o.staff ?? [fung('Perencana', 'AHLI_MUDA')],
    children: [
      subbag('Umum dan Kepegawaian', o.umpeg ?? [pel('Pengadministrasi Perkantoran')]),
      subbag('Keuangan dan Aset', o.keuangan ?? [pel('Pengelola Keuangan')], o.keuanganHead ? { head: o.keuanganHead } : {}),
    ],
  });
}

/** A small OPD's sekretariat: one subbagian for umum, kepegawaian and keuangan. */
export const sekretariatKecil = (opdName: string): UnitSpec =>
  unit('SEKRETARIAT', `Sekretariat ${opdName}`, {
    children: [subbag('Umum, Kepegawaian dan Keuangan', [pel('Pengadministrasi Perkantoran'), pel('Pengelola Keuangan')])],
  });

/** A dinas or badan: the OPD unit, its sekretariat and bidang (and any UPT among `units`). */
export function opd(
  kind: OpdKind,
  code: string,
  name: string,
  units: UnitSpec[],
  o: { head?: HeadSpec; sekretariat?: UnitSpec; small?: boolean; staff?: PostSpec[] } = {},
): UnitSpec {
  const sekr = o.sekretariat ?? (o.small ? sekretariatKecil(name) : sekretariat(name));
  return unit(kind, name, { code, head: o.head ?? {}, staff: o.staff ?? [], children: [sekr, ...units] });
}
