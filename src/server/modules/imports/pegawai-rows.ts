import type { JenisJabatan } from '../../../domain/jabatan';
import { parseNip, type ParsedNip } from '../../../domain/nip';
import { pegawaiColumns } from '../../../shared/schemas/imports';
import { dateOf, isBlank, nipTextOf, roundedByExcelHint, textOf, yesNoOf, type Cell } from './parsers/cells';
import { columnAccess, type Table, type TableRow } from './parsers/table';
import type { RowErrors } from './row-errors';
import { golonganOf, jenisAsnOf, jenisJabatanOf, jenjangOf, sexOf } from './vocabulary';

export interface PegawaiInput {
  line: number;
  nip: string;
  jenisAsn: 'PNS' | 'PPPK';
  name: string;
  sex: 'L' | 'P';
  birthDate: string;
  // undefined: the file has no such column, so an existing pegawai keeps the stored value.
  gelarDepan: string | null | undefined;
  gelarBelakang: string | null | undefined;
  pangkatGolongan: string | null | undefined;
  email: string | null | undefined;
  phone: string | null | undefined;
  jenjang: string | null | undefined;
  unitCode: string;
  jabatanName: string;
  jenisJabatan: JenisJabatan;
  /** null: not stated; the unit's recorded head post decides. */
  kepala: boolean | null;
  tmt: string | null;
  /** tmt_jabatan was filled but could not be read (already reported). */
  tmtUnreadable: boolean;
  /** null: no atasan stated (the override, if any, is left alone). */
  atasanNip: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s\-().]{6,24}$/;

/** The date 18 years after `birthDate` (29 Feb → 1 Mar). */
const adultOn = (birthDate: string) => `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}`;

/**
 * Each row read on its own: required cells, enums, dates, the NIP (Perka BKN 22/2007 / NI PPPK
 * via parseNip) and the birth date and sex columns against it. Rows with a problem are left out;
 * `nips` still lists every readable NIP, so a wrong row does not make its atasan "unknown".
 */
export function readPegawaiRows(table: Table, today: string, errors: RowErrors): { inputs: PegawaiInput[]; nips: Set<string> } {
  const { cell, has } = columnAccess(pegawaiColumns, table);
  const optional = (row: TableRow, name: string, max: number): string | null | undefined => {
    if (!has(name)) return undefined;
    const text = textOf(cell(row, name));
    if (text.length > max) errors.add(row.line, name, `Paling panjang ${max} karakter.`);
    return text || null;
  };
  const inputs: PegawaiInput[] = [];
  const nips = new Set<string>();
  for (const row of table.rows) {
    const line = row.line;
    const get = (name: string): Cell => cell(row, name);
    const required = (name: string, max = 200) => {
      const text = textOf(get(name));
      if (!text) errors.add(line, name, `${name} wajib diisi.`);
      else if (text.length > max) errors.add(line, name, `Paling panjang ${max} karakter.`);
      return text;
    };

    const jenisAsn = jenisAsnOf(get('jenis_asn'));
    if (!jenisAsn.ok) errors.add(line, 'jenis_asn', jenisAsn.reason);
    else if (!jenisAsn.value) errors.add(line, 'jenis_asn', 'jenis_asn wajib diisi (PNS atau PPPK).');
    const nipText = nipTextOf(get('nip'));
    let parsed: ParsedNip | null = null;
    if (!nipText.ok) errors.add(line, 'nip', nipText.reason);
    else if (!nipText.value) errors.add(line, 'nip', 'nip wajib diisi.');
    else {
      nips.add(nipText.value);
      if (jenisAsn.ok && jenisAsn.value) {
        const result = parseNip(nipText.value, jenisAsn.value, today);
        if (result.ok) parsed = result.value;
        else errors.add(line, 'nip', result.errors.map((e) => e.message).join(' ') + roundedByExcelHint(nipText.value));
      }
    }
    const sex = sexOf(get('jenis_kelamin'));
    if (!sex.ok) errors.add(line, 'jenis_kelamin', sex.reason);
    else if (parsed && sex.value && sex.value !== parsed.sex) {
      errors.add(line, 'jenis_kelamin', `Jenis kelamin ${sex.value} tidak sesuai NIP: digit ke-15 menyatakan ${parsed.sex === 'L' ? 'laki-laki (1)' : 'perempuan (2)'}.`);
    }
    const birth = dateOf(get('tanggal_lahir'));
    if (!birth.ok) errors.add(line, 'tanggal_lahir', birth.reason);
    else if (parsed && birth.value && birth.value !== parsed.birthDate) {
      errors.add(line, 'tanggal_lahir', `Tanggal lahir ${birth.value} tidak sesuai NIP (8 digit pertama menyatakan ${parsed.birthDate}).`);
    }
    const name = required('nama');
    const gelarDepan = optional(row, 'gelar_depan', 50);
    const gelarBelakang = optional(row, 'gelar_belakang', 100);
    const golongan = jenisAsn.ok && jenisAsn.value ? golonganOf(get('pangkat_golongan'), jenisAsn.value) : { ok: true as const, value: null };
    if (!golongan.ok) errors.add(line, 'pangkat_golongan', golongan.reason);
    const unitCode = required('kode_unit', 64);
    const jabatanName = required('nama_jabatan');
    const jenisJabatan = jenisJabatanOf(get('jenis_jabatan'));
    if (!jenisJabatan.ok) errors.add(line, 'jenis_jabatan', jenisJabatan.reason);
    else if (!jenisJabatan.value) errors.add(line, 'jenis_jabatan', 'jenis_jabatan wajib diisi.');
    const jenjang = jenjangOf(get('jenjang'));
    if (!jenjang.ok) errors.add(line, 'jenjang', jenjang.reason);
    else if (jenjang.value && jenisJabatan.ok && jenisJabatan.value && jenisJabatan.value !== 'FUNGSIONAL') errors.add(line, 'jenjang', 'jenjang hanya diisi untuk jabatan fungsional.');
    const kepala = yesNoOf(get('kepala_unit'));
    if (!kepala.ok) errors.add(line, 'kepala_unit', kepala.reason);
    const tmt = dateOf(get('tmt_jabatan'));
    if (!tmt.ok) errors.add(line, 'tmt_jabatan', tmt.reason);
    else if (tmt.value && parsed && tmt.value < adultOn(parsed.birthDate)) errors.add(line, 'tmt_jabatan', `TMT jabatan ${tmt.value} sebelum pegawai berusia 18 tahun.`);
    const atasan = nipTextOf(get('nip_atasan'));
    if (!atasan.ok) errors.add(line, 'nip_atasan', atasan.reason);
    else if (atasan.value && !/^\d{18}$/.test(atasan.value)) errors.add(line, 'nip_atasan', `NIP atasan harus 18 digit angka (tertulis "${textOf(get('nip_atasan'))}").`);
    else if (atasan.value && nipText.ok && atasan.value === nipText.value) errors.add(line, 'nip_atasan', 'Pegawai tidak dapat menjadi atasan dirinya sendiri.');
    const email = optional(row, 'email', 200);
    if (email && !EMAIL.test(email)) errors.add(line, 'email', `"${email}" bukan alamat email yang valid.`);
    const phone = has('telepon') ? (isBlank(get('telepon')) ? null : textOf(get('telepon'))) : undefined;
    if (phone && !PHONE.test(phone)) errors.add(line, 'telepon', `"${phone}" bukan nomor telepon yang valid.`);

    // A row with a problem elsewhere still goes through the checks against the other rows and the
    // database when what they need is readable, so one round reports as much as it can.
    if (!parsed || !jenisAsn.ok || !jenisAsn.value || !jenisJabatan.ok || !jenisJabatan.value || !unitCode || !jabatanName) continue;
    inputs.push({
      line,
      nip: parsed.nip,
      jenisAsn: jenisAsn.value,
      name,
      sex: parsed.sex,
      birthDate: parsed.birthDate,
      gelarDepan,
      gelarBelakang,
      pangkatGolongan: has('pangkat_golongan') && golongan.ok ? golongan.value : undefined,
      email,
      phone,
      jenjang: has('jenjang') && jenjang.ok ? jenjang.value : undefined,
      unitCode,
      jabatanName,
      jenisJabatan: jenisJabatan.value,
      kepala: kepala.ok ? kepala.value : null,
      tmt: tmt.ok ? tmt.value : null,
      tmtUnreadable: !tmt.ok,
      atasanNip: atasan.ok ? atasan.value : null,
    });
  }
  return { inputs, nips };
}
