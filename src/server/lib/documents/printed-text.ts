// Text as the official documents print it (PDF and XLSX alike): the spaced NIP, Indonesian dates,
// the place of signing, "-" for what is empty. Pure functions, so no two documents disagree.
import { formatNip } from '../../../domain/nip';
import { solokDate } from '../../platform/calendar';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const DASH = '-';
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2 Maret" for a YYYY-MM-DD day (an ISO instant reads as its UTC date); "-" when it is none. */
export function dayMonthInWords(day: string): string {
  const match = DAY.exec(day);
  if (!match) return DASH;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''}`;
}

/** "2 Maret 2026" for a YYYY-MM-DD day (an ISO instant reads as its UTC date); "-" when it is none. */
export function dayInWords(day: string): string {
  const match = DAY.exec(day);
  return match ? `${dayMonthInWords(day)} ${Number(match[1])}` : DASH;
}

/** "3 Februari 2026": the calendar date in Kota Solok of an instant. */
export function dateInWords(instant: Date): string {
  return dayInWords(solokDate(instant));
}

/** Where the document is signed: "Solok" for "Pemerintah Kota Solok" (the city's name when in doubt). */
export function placeOfSigning(instansiName: string): string {
  const match = /(?:kota|kabupaten)\s+(.+)$/i.exec(instansiName.trim());
  return match?.[1]?.trim() || 'Solok';
}

/** The spaced document form (`19860926 201505 1 001`, NI PPPK `19900101 2022 21 2 001`); "-" when there is none (an official). */
export function documentNip(nip: string | null | undefined): string {
  const trimmed = (nip ?? '').trim();
  return trimmed ? formatNip(trimmed) : DASH;
}

/** A value for a printed cell: trimmed, "-" when empty. */
export function orDash(value: string | null | undefined): string {
  const trimmed = (value ?? '').replace(/\r\n?/g, '\n').trim();
  return trimmed ? trimmed : DASH;
}
