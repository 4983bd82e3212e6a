import type { JenisJabatan } from '../../../domain/jabatan';
import type { JabatanRow, PegawaiRow, PlacementRow, UnitRow } from './imports.repository';
import { inScope, type ImportScope } from './imports.policy';
import type { PegawaiInput } from './pegawai-rows';
import { planPlacement, latestOpenPlacement } from './plan-placement';
import type { RowErrors } from './row-errors';

export interface PegawaiSnapshot {
  units: UnitRow[];
  jabatan: JabatanRow[];
  pegawai: PegawaiRow[];
  placements: PlacementRow[];
  heads: { unit_id: string; pegawai_id: string; nip: string; name: string }[];
  accounts: { id: string; login: string; pegawai_id: string | null }[];
}

export interface PegawaiValues {
  jenis_asn: string;
  name: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  pangkat_golongan: string | null;
  sex: string;
  birth_date: string;
  email: string | null;
  phone: string | null;
}

export interface PlannedJabatan {
  key: string;
  unitId: string;
  name: string;
  jenis: JenisJabatan;
  jenjang: string | null;
  isHead: boolean;
  line: number;
}

export interface PlannedPegawai {
  line: number;
  nip: string;
  existingId: string | null;
  values: PegawaiValues;
  write: 'insert' | 'update' | 'none';
  jabatanKey: string;
  placement: { closeIds: string[]; closeOn: string; openFrom: string } | null;
  atasanNip: string | null;
  account: { kind: 'none' } | { kind: 'create' } | { kind: 'link'; accountId: string };
  changed: boolean;
}

export interface PegawaiPlan {
  jabatanCreates: PlannedJabatan[];
  jabatanUpdates: { id: string; jenis: JenisJabatan; jenjang: string | null; line: number }[];
  /** Existing jabatan ids by key, for the writer. */
  jabatanIds: Map<string, string>;
  rows: PlannedPegawai[];
}

export const jabatanKey = (unitId: string, name: string) => `${unitId}\u0000${name}`;
const VALUE_KEYS: (keyof PegawaiValues)[] = ['jenis_asn', 'name', 'gelar_depan', 'gelar_belakang', 'pangkat_golongan', 'sex', 'birth_date', 'email', 'phone'];

/** The stored values with the file's laid over them (a column the file lacks keeps the stored value). */
function valuesOf(input: PegawaiInput, existing: PegawaiRow | undefined): PegawaiValues {
  const keep = <T>(given: T | undefined, stored: T | null | undefined): T | null => (given === undefined ? (stored ?? null) : given);
  return {
    jenis_asn: input.jenisAsn,
    name: input.name,
    gelar_depan: keep(input.gelarDepan, existing?.gelar_depan),
    gelar_belakang: keep(input.gelarBelakang, existing?.gelar_belakang),
    pangkat_golongan: keep(input.pangkatGolongan, existing?.pangkat_golongan),
    sex: input.sex,
    birth_date: input.birthDate,
    email: keep(input.email, existing?.email),
    phone: keep(input.phone, existing?.phone),
  };
}

/**
 * Checks the rows against each other and the database and says what to write: duplicates,
 * units that exist and are in scope, one head per unit, jabatan found or created per (unit,
 * name), placements that change only when the post does, atasan that exist, accounts to create.
 */
export function validatePegawai(inputs: PegawaiInput[], fileNips: Set<string>, db: PegawaiSnapshot, scope: ImportScope, today: string, errors: RowErrors, scopeErrors: RowErrors): PegawaiPlan {
  const plan: PegawaiPlan = { jabatanCreates: [], jabatanUpdates: [], jabatanIds: new Map(), rows: [] };
  const unitByCode = new Map(db.units.map((u) => [u.code, u]));
  const unitById = new Map(db.units.map((u) => [u.id, u]));
  const pegawaiByNip = new Map(db.pegawai.map((p) => [p.nip, p]));
  const accountByLogin = new Map(db.accounts.map((a) => [a.login, a]));
  const jabatanById = new Map(db.jabatan.map((j) => [j.id, j]));
  const placementsOf = new Map<string, PlacementRow[]>();
  for (const p of db.placements) placementsOf.set(p.pegawai_id, [...(placementsOf.get(p.pegawai_id) ?? []), p]);
  const stored = new Map(db.jabatan.map((j) => [jabatanKey(j.unit_id, j.name), j]));
  for (const [key, j] of stored) plan.jabatanIds.set(key, j.id);
  const headOf = new Map<string, { name: string }>(db.jabatan.filter((j) => j.is_head).map((j) => [j.unit_id, j]));
  const created = new Map<string, PlannedJabatan>();
  const updated = new Map<string, { jenis: string; jenjang: string | null; line: number }>();
  const fileHeads = new Map<string, { line: number; nip: string }>();
  const seen = new Map<string, number>();
  const targetOf = new Map<string, { unitId: string; isHead: boolean }>();

  for (const input of inputs) {
    const { line } = input;
    const first = seen.get(input.nip);
    if (first !== undefined) {
      errors.add(line, 'nip', `NIP ini sudah ada di baris ${first}.`);
      continue;
    }
    seen.set(input.nip, line);
    const existing = pegawaiByNip.get(input.nip);
    if (existing && existing.instansi_id !== scope.instansiId) {
      errors.add(line, 'nip', 'NIP ini sudah terdaftar pada instansi lain.');
      continue;
    }
    const unit = unitByCode.get(input.unitCode);
    if (!unit) {
      errors.add(line, 'kode_unit', `Unit kerja "${input.unitCode}" tidak ditemukan; impor unitnya dulu.`);
      continue;
    }
    if (!unit.active) errors.add(line, 'kode_unit', `Unit kerja "${input.unitCode}" tidak aktif.`);
    if (!inScope(scope, unit.opd_id)) scopeErrors.add(line, 'kode_unit', `Unit kerja "${input.unitCode}" berada di luar OPD Anda.`);
    const placements = existing ? (placementsOf.get(existing.id) ?? []) : [];
    const current = latestOpenPlacement(placements, today);
    const currentUnit = current ? unitById.get(jabatanById.get(current.jabatan_id)?.unit_id ?? '') : undefined;
    if (currentUnit && !inScope(scope, currentUnit.opd_id)) scopeErrors.add(line, 'nip', 'Pegawai ini tercatat di OPD lain; mutasi antar-OPD dilakukan oleh BKPSDM.');

    // The post: the unit's head post (stated or recognised by name) or another, found or created.
    const key = jabatanKey(unit.id, input.jabatanName);
    const head = headOf.get(unit.id);
    const isHead = input.kepala ?? (head !== undefined && head.name === input.jabatanName);
    const known = stored.get(key) ?? created.get(key);
    if (isHead && head && head.name !== input.jabatanName) {
      errors.add(line, 'nama_jabatan', `Jabatan kepala unit "${input.unitCode}" bernama "${head.name}"; tulis nama itu (atau ganti namanya lewat impor unit).`);
      continue;
    }
    if (isHead && !head && known) {
      errors.add(line, 'nama_jabatan', `Jabatan "${input.jabatanName}" sudah ada di unit ini sebagai jabatan bukan kepala; pakai nama jabatan kepala unit.`);
      continue;
    }
    if (!isHead && head && head.name === input.jabatanName) {
      errors.add(line, 'kepala_unit', `"${input.jabatanName}" adalah jabatan kepala unit ini; isi kepala_unit dengan "ya".`);
      continue;
    }
    const jenjang = input.jenjang === undefined ? (known?.jenjang ?? null) : input.jenjang;
    if (!known) {
      const planned: PlannedJabatan = { key, unitId: unit.id, name: input.jabatanName, jenis: input.jenisJabatan, jenjang, isHead, line };
      created.set(key, planned);
      plan.jabatanCreates.push(planned);
      if (isHead) headOf.set(unit.id, planned);
    } else {
      const earlier = 'line' in known ? known : updated.get(key);
      const agreed = earlier ?? known;
      if (agreed.jenis !== input.jenisJabatan || (agreed.jenjang ?? null) !== jenjang) {
        if (earlier) {
          errors.add(line, 'jenis_jabatan', `Jabatan "${input.jabatanName}" di unit ini tertulis ${earlier.jenis}${earlier.jenjang ? ` ${earlier.jenjang}` : ''} di baris ${earlier.line}; samakan.`);
          continue;
        }
        updated.set(key, { jenis: input.jenisJabatan, jenjang, line });
        plan.jabatanUpdates.push({ id: (known as JabatanRow).id, jenis: input.jenisJabatan, jenjang, line });
      }
    }
    if (isHead) {
      const other = fileHeads.get(unit.id);
      if (other) {
        errors.add(line, 'kepala_unit', `Unit "${input.unitCode}" sudah diberi kepala di baris ${other.line} (NIP ${other.nip}).`);
        continue;
      }
      fileHeads.set(unit.id, { line, nip: input.nip });
    }
    targetOf.set(input.nip, { unitId: unit.id, isHead });

    const placement = planPlacement(input, placements, plan.jabatanIds.get(key) ?? null, today, (id) => jabatanById.get(id)?.name ?? '?', errors);
    const atasanKnown = !input.atasanNip || fileNips.has(input.atasanNip) || pegawaiByNip.get(input.atasanNip)?.instansi_id === scope.instansiId;
    if (!atasanKnown) errors.add(line, 'nip_atasan', `NIP atasan ${input.atasanNip} tidak ditemukan, baik di data maupun di berkas ini.`);
    const account = accountByLogin.get(input.nip);
    const loginTaken = account?.pegawai_id && account.pegawai_id !== existing?.id;
    if (loginTaken) errors.add(line, 'nip', 'NIP ini sudah dipakai sebagai login akun pegawai lain; hubungi BKPSDM.');
    if (placement === null || !atasanKnown || loginTaken) continue;
    const values = valuesOf(input, existing);
    const fieldsChanged = existing !== undefined && (!existing.active || VALUE_KEYS.some((k) => (existing[k] ?? null) !== values[k]));
    const accountPlan: PlannedPegawai['account'] = !account ? { kind: 'create' } : account.pegawai_id === null ? { kind: 'link', accountId: account.id } : { kind: 'none' };
    plan.rows.push({
      line,
      nip: input.nip,
      existingId: existing?.id ?? null,
      values,
      write: !existing ? 'insert' : fieldsChanged ? 'update' : 'none',
      jabatanKey: key,
      placement: placement === 'unchanged' ? null : placement,
      atasanNip: input.atasanNip,
      account: accountPlan,
      changed: !existing || fieldsChanged || placement !== 'unchanged' || accountPlan.kind !== 'none',
    });
  }

  // A head post already held by someone the file does not move elsewhere would get two heads.
  for (const holder of db.heads) {
    const head = fileHeads.get(holder.unit_id);
    if (!head || head.nip === holder.nip) continue;
    const moved = targetOf.get(holder.nip);
    if (moved && !(moved.unitId === holder.unit_id && moved.isHead)) continue;
    errors.add(head.line, 'kepala_unit', `Jabatan kepala unit ini masih dipegang ${holder.name} (NIP ${holder.nip}); sertakan pegawai itu dengan jabatan barunya di berkas ini, atau kosongkan kepala_unit.`);
  }
  return plan;
}
