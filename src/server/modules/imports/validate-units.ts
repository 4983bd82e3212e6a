import type { JenisJabatan } from '../../../domain/jabatan';
import { opdKinds } from '../../../shared/schemas/organisation';
import type { JabatanRow, UnitRow } from './imports.repository';
import { inScope, type ImportScope } from './imports.policy';
import type { RowErrors } from './row-errors';
import type { UnitInput } from './unit-rows';

export interface UnitPlan {
  creates: { code: string; name: string; kind: string }[];
  updates: { id: string; name: string; kind: string }[];
  /** Every file unit whose parent is set by the file, resolved to ids after the creates. */
  parents: { code: string; parentCode: string | null }[];
  headCreates: { unitCode: string; name: string; jenis: JenisJabatan }[];
  headUpdates: { id: string; name: string; jenis: JenisJabatan }[];
  created: number;
  updated: number;
  unchanged: number;
}

const OPD_KINDS: readonly string[] = opdKinds;

/**
 * Checks the rows against each other and the database — duplicates, parents that exist (in the
 * data or the file), no cycles, an OPD kind at the top, head posts, the admin OPD's scope — and
 * says what to write. Row problems go to `errors`, scope problems to `scopeErrors`.
 */
export function validateUnits(inputs: UnitInput[], db: { units: UnitRow[]; jabatan: JabatanRow[] }, scope: ImportScope, errors: RowErrors, scopeErrors: RowErrors): UnitPlan {
  const plan: UnitPlan = { creates: [], updates: [], parents: [], headCreates: [], headUpdates: [], created: 0, updated: 0, unchanged: 0 };
  const dbByCode = new Map(db.units.map((u) => [u.code, u]));
  const codeById = new Map(db.units.map((u) => [u.id, u.code]));
  const fileByCode = new Map<string, UnitInput>();
  for (const input of inputs) {
    const first = fileByCode.get(input.code);
    if (first) errors.add(input.line, 'kode_unit', `Kode unit ${input.code} sudah dipakai di baris ${first.line}.`);
    else fileByCode.set(input.code, input);
  }
  const rows = [...fileByCode.values()];

  // The tree as it will be: the database's, with the file's parents laid over it.
  const parentOf = new Map<string, string | null>(db.units.map((u) => [u.code, u.parent_id ? codeById.get(u.parent_id)! : null]));
  for (const row of rows) if (row.parentCode !== undefined || !dbByCode.has(row.code)) parentOf.set(row.code, row.parentCode ?? null);

  const bad = new Set<string>();
  for (const row of rows) {
    if (!row.parentCode) continue;
    if (row.parentCode === row.code) errors.add(row.line, 'kode_unit_induk', 'Unit tidak boleh menjadi induk dirinya sendiri.');
    else if (!fileByCode.has(row.parentCode) && !dbByCode.has(row.parentCode)) errors.add(row.line, 'kode_unit_induk', `Unit induk "${row.parentCode}" tidak ditemukan, baik di data maupun di berkas ini.`);
    else continue;
    bad.add(row.code);
  }
  const rootOf = (code: string): { root: string } | { cycle: string[] } => {
    const path = [code];
    for (let at = parentOf.get(code) ?? null; at !== null; at = parentOf.get(at) ?? null) {
      if (path.includes(at)) return { cycle: [...path.slice(path.indexOf(at)), at] };
      path.push(at);
    }
    return { root: path.at(-1)! };
  };

  const jabatanByUnit = new Map<string, JabatanRow[]>();
  for (const j of db.jabatan) jabatanByUnit.set(j.unit_id, [...(jabatanByUnit.get(j.unit_id) ?? []), j]);

  for (const row of rows) {
    if (bad.has(row.code)) continue;
    const found = rootOf(row.code);
    if ('cycle' in found) {
      errors.add(row.line, 'kode_unit_induk', `Struktur unit melingkar: ${found.cycle.join(' → ')}.`);
      continue;
    }
    const topLevel = parentOf.get(row.code) === null;
    if (topLevel && !OPD_KINDS.includes(row.kind)) {
      errors.add(row.line, 'jenis_unit', `Unit tanpa induk adalah OPD: jenis_unit harus salah satu dari ${OPD_KINDS.join(', ')} (atau isi kode_unit_induk).`);
      continue;
    }
    const existing = dbByCode.get(row.code);
    const parentChanged = existing !== undefined && row.parentCode !== undefined && (row.parentCode ?? null) !== (existing.parent_id ? codeById.get(existing.parent_id)! : null);
    const fieldsChanged = existing !== undefined && (existing.name !== row.name || existing.kind !== row.kind || !existing.active);
    const headChanged = planHead(row, existing, jabatanByUnit, plan, errors);
    if (headChanged === null) continue;
    const changed = !existing || parentChanged || fieldsChanged || headChanged;

    if (scope.opdIds !== null) {
      const rootUnit = dbByCode.get(found.root);
      if (existing && !inScope(scope, existing.opd_id)) scopeErrors.add(row.line, 'kode_unit', `Unit ${row.code} berada di luar OPD Anda.`);
      else if (topLevel && changed) scopeErrors.add(row.line, 'kode_unit', 'Admin OPD tidak dapat membuat atau mengubah OPD (unit tanpa induk); hubungi BKPSDM.');
      else if (!rootUnit || !inScope(scope, rootUnit.id)) scopeErrors.add(row.line, 'kode_unit_induk', `Unit induk "${row.parentCode ?? ''}" berada di luar OPD Anda.`);
    }

    if (!existing) {
      plan.creates.push({ code: row.code, name: row.name, kind: row.kind });
      plan.created++;
    } else if (changed) {
      if (fieldsChanged) plan.updates.push({ id: existing.id, name: row.name, kind: row.kind });
      plan.updated++;
    } else plan.unchanged++;
    if (!existing || parentChanged) plan.parents.push({ code: row.code, parentCode: parentOf.get(row.code) ?? null });
  }
  return plan;
}

/** Plans the head post of a unit; says whether it changes (null: a problem was reported). */
function planHead(row: UnitInput, existing: UnitRow | undefined, jabatanByUnit: Map<string, JabatanRow[]>, plan: UnitPlan, errors: RowErrors): boolean | null {
  if (!row.head) return false;
  const { name, jenis } = row.head;
  if (!existing) {
    plan.headCreates.push({ unitCode: row.code, name, jenis });
    return true;
  }
  const posts = jabatanByUnit.get(existing.id) ?? [];
  const head = posts.find((j) => j.is_head);
  const sameName = posts.find((j) => j.name === name);
  if (head && head.name === name && head.jenis === jenis) return false;
  if (sameName && sameName !== head) {
    errors.add(row.line, 'nama_jabatan_kepala', `Jabatan "${name}" sudah ada di unit ini sebagai jabatan bukan kepala; pakai nama lain untuk jabatan kepala.`);
    return null;
  }
  if (head) plan.headUpdates.push({ id: head.id, name, jenis });
  else plan.headCreates.push({ unitCode: row.code, name, jenis });
  return true;
}
