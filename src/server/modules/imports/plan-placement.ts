import type { PlacementRow } from './imports.repository';
import type { PegawaiInput } from './pegawai-rows';
import type { RowErrors } from './row-errors';
import { addDays } from '../../platform/calendar';

/** The definitive placement that is or will be current: the latest-starting one not yet ended. */
export function latestOpenPlacement(placements: PlacementRow[], today: string): PlacementRow | undefined {
  let latest: PlacementRow | undefined;
  for (const p of placements) {
    if (p.valid_to !== null && p.valid_to < today) continue;
    if (!latest || p.valid_from > latest.valid_from) latest = p;
  }
  return latest;
}

export const dayBefore = (iso: string) => addDays(iso, -1);

/**
 * History is kept: when the post changes, what is open on tmt_jabatan ends the day before and a
 * new placement starts on it; the same post changes nothing. null: a problem was reported.
 */
export function planPlacement(
  input: PegawaiInput,
  placements: PlacementRow[],
  targetJabatanId: string | null,
  today: string,
  jabatanName: (id: string) => string,
  errors: RowErrors,
): 'unchanged' | { closeIds: string[]; closeOn: string; openFrom: string } | null {
  const current = latestOpenPlacement(placements, today);
  if (current && targetJabatanId !== null && current.jabatan_id === targetJabatanId) return 'unchanged';
  if (!input.tmt) {
    if (input.tmtUnreadable) return null;
    const why = current ? `jabatannya berubah dari "${jabatanName(current.jabatan_id)}"` : placements.length > 0 ? 'pegawai ini belum memiliki jabatan aktif' : 'pegawai ini baru';
    errors.add(input.line, 'tmt_jabatan', `tmt_jabatan wajib diisi karena ${why}.`);
    return null;
  }
  const tmt = input.tmt;
  const latestStart = placements.reduce<string | null>((max, p) => (max === null || p.valid_from > max ? p.valid_from : max), null);
  if (latestStart !== null && latestStart >= tmt) {
    errors.add(input.line, 'tmt_jabatan', `tmt_jabatan harus setelah ${latestStart}, tanggal mulai jabatan terakhir yang tercatat.`);
    return null;
  }
  const closeIds = placements.filter((p) => p.valid_to === null || p.valid_to >= tmt).map((p) => p.id);
  return { closeIds, closeOn: dayBefore(tmt), openFrom: tmt };
}
