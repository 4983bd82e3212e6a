import type { JenisJabatan } from '../../../domain/jabatan';
import { unitColumns } from '../../../shared/schemas/imports';
import type { unitKinds } from '../../../shared/schemas/organisation';
import { textOf } from './parsers/cells';
import { columnAccess, type Table } from './parsers/table';
import type { RowErrors } from './row-errors';
import { jenisJabatanOf, unitKindOf } from './vocabulary';

export const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
const CODE_RULE = 'Kode unit hanya boleh huruf, angka, titik, garis bawah, tanda hubung dan garis miring (maks. 64 karakter, tanpa spasi).';

export interface UnitInput {
  line: number;
  code: string;
  name: string;
  kind: (typeof unitKinds)[number];
  /** undefined: the file has no such column, so an existing unit keeps its parent. */
  parentCode: string | null | undefined;
  /** undefined: the head post is left as it is. */
  head: { name: string; jenis: JenisJabatan } | undefined;
}

/** Each row read on its own: required cells, codes, enums. Rows with a problem are left out. */
export function readUnitRows(table: Table, errors: RowErrors): UnitInput[] {
  const { cell, has } = columnAccess(unitColumns, table);
  const inputs: UnitInput[] = [];
  for (const row of table.rows) {
    const before = errors.size;
    const line = row.line;
    const code = textOf(cell(row, 'kode_unit'));
    if (!code) errors.add(line, 'kode_unit', 'kode_unit wajib diisi.');
    else if (!UNIT_CODE.test(code)) errors.add(line, 'kode_unit', CODE_RULE);
    const name = textOf(cell(row, 'nama_unit'));
    if (!name) errors.add(line, 'nama_unit', 'nama_unit wajib diisi.');
    else if (name.length > 200) errors.add(line, 'nama_unit', 'nama_unit paling panjang 200 karakter.');
    const kind = unitKindOf(cell(row, 'jenis_unit'));
    if (!kind.ok) errors.add(line, 'jenis_unit', kind.reason);
    else if (kind.value === null) errors.add(line, 'jenis_unit', 'jenis_unit wajib diisi.');
    let parentCode: string | null | undefined;
    if (has('kode_unit_induk')) {
      parentCode = textOf(cell(row, 'kode_unit_induk')) || null;
      if (parentCode && !UNIT_CODE.test(parentCode)) errors.add(line, 'kode_unit_induk', CODE_RULE);
    }
    const headName = textOf(cell(row, 'nama_jabatan_kepala'));
    const headJenis = jenisJabatanOf(cell(row, 'jenis_jabatan_kepala'));
    if (!headJenis.ok) errors.add(line, 'jenis_jabatan_kepala', headJenis.reason);
    else if (headName && !headJenis.value) errors.add(line, 'jenis_jabatan_kepala', 'jenis_jabatan_kepala wajib diisi bila nama_jabatan_kepala diisi.');
    else if (!headName && headJenis.value) errors.add(line, 'nama_jabatan_kepala', 'nama_jabatan_kepala wajib diisi bila jenis_jabatan_kepala diisi.');
    if (headName.length > 200) errors.add(line, 'nama_jabatan_kepala', 'nama_jabatan_kepala paling panjang 200 karakter.');
    if (errors.size > before || !kind.ok || !kind.value) continue;
    const head = headName && headJenis.ok && headJenis.value ? { name: headName, jenis: headJenis.value } : undefined;
    inputs.push({ line, code, name, kind: kind.value, parentCode, head });
  }
  return inputs;
}
