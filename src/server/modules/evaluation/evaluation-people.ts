import type { Executor } from '../../platform/db/transaction';
import { describePegawai } from '../organisation';
import type { Seat, Seats } from './evaluation.policy';

export interface PersonView {
  pegawaiId: string;
  name: string;
  nip: string;
  pangkatGolongan: string | null;
  jabatan: string | null;
  unit: string | null;
}

export interface SeatView {
  person: PersonView | null;
  official: string | null;
}

const fullName = (p: { name: string; gelar_depan: string | null; gelar_belakang: string | null }) =>
  [p.gelar_depan, p.name].filter(Boolean).join(' ') + (p.gelar_belakang ? `, ${p.gelar_belakang}` : '');

/** The pegawai, penilai and atasan penilai as they stood on `date` (their definitive posts). */
export async function describePeople(db: Executor, pegawaiId: string, seats: Seats, date: string) {
  const ids = [pegawaiId, seats.penilai?.pegawaiId, seats.atasanPenilai?.pegawaiId].filter((id): id is string => !!id);
  const rows = (await describePegawai(db, [...new Set(ids)], date)).filter((r) => !r.acting);
  const person = (id: string | null | undefined): PersonView | null => {
    const p = id ? rows.find((r) => r.id === id) : undefined;
    return p ? { pegawaiId: p.id, name: fullName(p), nip: p.nip, pangkatGolongan: p.pangkat_golongan, jabatan: p.jabatanName, unit: p.unitName } : null;
  };
  const seat = (s: Seat | null): SeatView => ({ person: person(s?.pegawaiId), official: s?.pegawaiId ? null : (s?.officialName ?? null) });
  const pegawai = person(pegawaiId) ?? { pegawaiId, name: '-', nip: '-', pangkatGolongan: null, jabatan: null, unit: null };
  return { pegawai, penilai: seat(seats.penilai), atasanPenilai: seat(seats.atasanPenilai) };
}

/** The name a seat is shown with. */
export const seatName = (seat: SeatView): string => seat.person?.name ?? seat.official ?? '-';
