import type { Executor } from '../../platform/db/transaction';
import { describePegawaiOn, type PegawaiOnDate } from '../organisation';
import type { Seat, Seats } from './evaluation.policy';

export type PersonView = PegawaiOnDate;

export interface SeatView {
  person: PersonView | null;
  official: string | null;
}

/** The pegawai, penilai and atasan penilai as they stood on `date` (their definitive posts). */
export async function describePeople(db: Executor, pegawaiId: string, seats: Seats, date: string) {
  const ids = [pegawaiId, seats.penilai?.pegawaiId, seats.atasanPenilai?.pegawaiId].filter((id): id is string => !!id);
  const people = await describePegawaiOn(db, ids, date);
  const person = (id: string | null | undefined): PersonView | null => (id ? people.find((p) => p.pegawaiId === id) : undefined) ?? null;
  const seat = (s: Seat | null): SeatView => ({ person: person(s?.pegawaiId), official: s?.pegawaiId ? null : (s?.officialName ?? null) });
  const pegawai = person(pegawaiId) ?? { pegawaiId, name: '-', nip: '-', pangkatGolongan: null, jabatan: null, unit: null };
  return { pegawai, penilai: seat(seats.penilai), atasanPenilai: seat(seats.atasanPenilai) };
}

/** The name a seat is shown with. */
export const seatName = (seat: SeatView): string => seat.person?.name ?? seat.official ?? '-';
