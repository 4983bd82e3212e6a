import type { JenisJabatan } from '../../../domain/jabatan';
import { jenjangJabatan } from '../../../shared/schemas/imports';
import { unitKinds } from '../../../shared/schemas/organisation';
import { enumKey, enumOf, isBlank, textOf, type Cell, type Read } from './parsers/cells';

// The words SIASN exports and people use for the values the schema stores.
const JENIS_JABATAN: readonly JenisJabatan[] = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'];
const jenisJabatanAliases: Record<string, JenisJabatan> = {
  JPT_PRATAMA: 'JPT', JPT_MADYA: 'JPT', JABATAN_PIMPINAN_TINGGI: 'JPT', PIMPINAN_TINGGI: 'JPT',
  JABATAN_ADMINISTRATOR: 'ADMINISTRATOR', JABATAN_PENGAWAS: 'PENGAWAS', JABATAN_PELAKSANA: 'PELAKSANA',
  FUNGSIONAL_UMUM: 'PELAKSANA', JABATAN_FUNGSIONAL_UMUM: 'PELAKSANA', JFU: 'PELAKSANA',
  JF: 'FUNGSIONAL', JFT: 'FUNGSIONAL', FUNGSIONAL_TERTENTU: 'FUNGSIONAL', JABATAN_FUNGSIONAL: 'FUNGSIONAL', JABATAN_FUNGSIONAL_TERTENTU: 'FUNGSIONAL',
};
// Eselon V was abolished (its posts became pelaksana or fungsional): it is not Pengawas and rates
// nobody by itself; BKPSDM may record a delegation for such a post with its dasar hukum.
const ESELON: Record<string, JenisJabatan> = { I: 'JPT', II: 'JPT', III: 'ADMINISTRATOR', IV: 'PENGAWAS', V: 'PELAKSANA', '1': 'JPT', '2': 'JPT', '3': 'ADMINISTRATOR', '4': 'PENGAWAS', '5': 'PELAKSANA' };

/** JPT … FUNGSIONAL, their SIASN names, or an eselon (II.a, III, "31"…) for structural posts. */
export function jenisJabatanOf(cell: Cell | undefined): Read<JenisJabatan | null> {
  const read = enumOf(cell, JENIS_JABATAN, jenisJabatanAliases);
  if (read.ok || isBlank(cell)) return read;
  const key = enumKey(textOf(cell));
  const eselon = /^(?:ESELON_?)?(IV|V|I{1,3})(?:_?[AB])?$/.exec(key) ?? /^([1-5])[1-2]?$/.exec(key);
  if (eselon) return { ok: true, value: ESELON[eselon[1]!]! };
  if (key.includes('STRUKTURAL')) return { ok: false, reason: 'Jabatan struktural: isi JPT, ADMINISTRATOR atau PENGAWAS (atau eselonnya: II, III, IV).' };
  return read;
}

export const unitKindOf = (cell: Cell | undefined) =>
  enumOf(cell, unitKinds, {
    SETDA: 'SEKRETARIAT_DAERAH', SEKRETARIAT_DEWAN: 'SEKRETARIAT_DPRD', SETWAN: 'SEKRETARIAT_DPRD', SEKRETARIAT_DEWAN_PERWAKILAN_RAKYAT_DAERAH: 'SEKRETARIAT_DPRD',
    SATUAN_POLISI_PAMONG_PRAJA: 'SATPOL_PP', SATPOL: 'SATPOL_PP', RUMAH_SAKIT: 'RSUD', RUMAH_SAKIT_UMUM_DAERAH: 'RSUD',
    SUB_BAGIAN: 'SUBBAGIAN', SUBBAG: 'SUBBAGIAN', SUB_BIDANG: 'SUBBIDANG', SUBBID: 'SUBBIDANG', UNIT_PELAKSANA_TEKNIS: 'UPT',
    SD: 'SEKOLAH', SMP: 'SEKOLAH', TK: 'SEKOLAH',
  });

export const jenisAsnOf = (cell: Cell | undefined) => enumOf(cell, ['PNS', 'PPPK'] as const, { CPNS: 'PNS', PEGAWAI_NEGERI_SIPIL: 'PNS', P3K: 'PPPK' });

export const sexOf = (cell: Cell | undefined) =>
  enumOf(cell, ['L', 'P'] as const, { LAKI_LAKI: 'L', LAKI: 'L', PRIA: 'L', M: 'L', MALE: 'L', '1': 'L', PEREMPUAN: 'P', WANITA: 'P', W: 'P', F: 'P', FEMALE: 'P', '2': 'P' });

export const jenjangOf = (cell: Cell | undefined) => enumOf(cell, jenjangJabatan);

const PNS_GOLONGAN = new Set(['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e']);
const PPPK_GOLONGAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];

/** Golongan ruang for PNS ("Penata Muda (III/a)" → III/a), golongan I–XVII for PPPK (domain.md §0). */
export function golonganOf(cell: Cell | undefined, jenisAsn: 'PNS' | 'PPPK'): Read<string | null> {
  if (isBlank(cell)) return { ok: true, value: null };
  const text = textOf(cell);
  if (jenisAsn === 'PNS') {
    const match = /\b(IV|III|II|I)\s*[/.-]?\s*([a-eA-E])\b/.exec(text);
    const value = match ? `${match[1]}/${match[2]!.toLowerCase()}` : null;
    if (value && PNS_GOLONGAN.has(value)) return { ok: true, value };
    return { ok: false, reason: `"${text}" bukan golongan ruang PNS; isi I/a sampai IV/e (mis. III/a).` };
  }
  const roman = /^(?:gol(?:ongan)?\.?\s*)?([IVX]+)$/i.exec(text)?.[1]?.toUpperCase();
  if (roman && PPPK_GOLONGAN.includes(roman)) return { ok: true, value: roman };
  return { ok: false, reason: `"${text}" bukan golongan PPPK; isi I sampai XVII (mis. IX).` };
}
