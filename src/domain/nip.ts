// NIP PNS (Perka BKN 22/2007) and NI PPPK — domain.md §0.
import type { JenisAsn } from './jabatan';

export type { JenisAsn } from './jabatan';

export type NipErrorCode =
  | 'LENGTH'
  | 'NOT_DIGITS'
  | 'BIRTH_DATE'
  | 'APPOINTMENT_MONTH'
  | 'APPOINTMENT_BEFORE_18'
  | 'APPOINTMENT_IN_FUTURE'
  | 'PPPK_CODE'
  | 'SEX_DIGIT'
  | 'SEQUENCE';

export interface NipError {
  code: NipErrorCode;
  /** Bahasa Indonesia, ready to show. */
  message: string;
}

interface ParsedNipCommon {
  /** 18 digits, no spaces: the form to store (as text — leading digits matter). */
  nip: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'L' | 'P';
  sequence: number;
}

export interface ParsedNipPns extends ParsedNipCommon {
  jenis: 'PNS';
  /** TMT CPNS. */
  appointment: { year: number; month: number };
}

export interface ParsedNipPppk extends ParsedNipCommon {
  jenis: 'PPPK';
  /** Year of first appointment as calon PPPK. */
  appointment: { year: number };
}

export type ParsedNip = ParsedNipPns | ParsedNipPppk;

export type NipResult = { ok: true; value: ParsedNip } | { ok: false; errors: NipError[] };

const NIP_LENGTH = 18;
const ADULT_AGE = 18;
// The no-break space is what word processors put into the spaced document form.
const SPACES = /[ \u00A0]/g;
const LABEL: Record<JenisAsn, string> = { PNS: 'NIP', PPPK: 'NI PPPK' };
/** Digits 13–14 of every NI PPPK as BKN issues it (`YYYYMMDD YYYY 21 S NNN`): the PPPK code, not a count. */
export const PPPK_CODE = '21';

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Removes the spaces of the document form; leaves every other character for `parseNip` to reject. */
export function normaliseNip(input: string): string {
  return input.replace(SPACES, '');
}

/**
 * Validates and splits a NIP PNS or NI PPPK. `today` (YYYY-MM-DD) is the date the
 * appointment must not be after; it is an argument so the rule has no clock.
 * Collects every field error rather than stopping at the first.
 */
export function parseNip(input: string, jenis: JenisAsn, today: string): NipResult {
  const todayDate = parseIsoDate(today);
  if (!todayDate) throw new RangeError(`today must be a real date YYYY-MM-DD, got "${today}"`);
  const nip = normaliseNip(input);
  const label = LABEL[jenis];

  const shapeErrors: NipError[] = [];
  if (!/^\d*$/.test(nip)) shapeErrors.push({ code: 'NOT_DIGITS', message: `${label} hanya boleh berisi angka (spasi diperbolehkan).` });
  if (nip.length !== NIP_LENGTH) {
    shapeErrors.push({ code: 'LENGTH', message: `${label} harus 18 digit angka (tertulis ${nip.length} karakter).` });
  }
  if (shapeErrors.length > 0) return { ok: false, errors: shapeErrors };

  const digits = (from: number, to: number) => Number(nip.slice(from, to));
  const birth: CalendarDate = { year: digits(0, 4), month: digits(4, 6), day: digits(6, 8) };
  const errors: NipError[] = [];

  const birthIsReal = isCalendarDate(birth) && compareDates(birth, todayDate) <= 0;
  if (!birthIsReal) {
    errors.push({ code: 'BIRTH_DATE', message: `Digit 1–8 ${label} harus tanggal lahir yang valid (TTTTBBHH), bukan ${nip.slice(0, 8)}.` });
  }

  const appointmentYear = digits(8, 12);
  let value: ParsedNip;
  const common = { nip, birthDate: toIsoDate(birth), sex: nip[14] === '1' ? 'L' : 'P', sequence: digits(15, 18) } as const;

  if (jenis === 'PNS') {
    const month = digits(12, 14);
    if (month < 1 || month > 12) {
      errors.push({ code: 'APPOINTMENT_MONTH', message: `Digit 13–14 NIP harus bulan TMT CPNS (01–12), bukan ${nip.slice(12, 14)}.` });
    } else {
      // TMT CPNS is dated the 1st of its month, so it is in the future exactly when its month is
      // after today's month. For the age rule the NIP holds only the month: we accept any TMT
      // month from the month of the 18th birthday on (a person born 15 March 2000 may carry TMT
      // 2018-03) — we reject only what is certainly wrong, since a wrongly rejected NIP blocks an
      // import while the exact TMT date is checked elsewhere (SK CPNS).
      const tmt = `${appointmentYear}-${nip.slice(12, 14)}`;
      if (monthIndex(appointmentYear, month) > monthIndex(todayDate.year, todayDate.month)) {
        errors.push({ code: 'APPOINTMENT_IN_FUTURE', message: `TMT CPNS pada NIP (${tmt}) belum terjadi.` });
      }
      if (birthIsReal && monthIndex(appointmentYear, month) < monthIndex(birth.year + ADULT_AGE, birth.month)) {
        errors.push({ code: 'APPOINTMENT_BEFORE_18', message: `TMT CPNS pada NIP (${tmt}) sebelum pegawai berusia 18 tahun.` });
      }
    }
    value = { ...common, jenis, appointment: { year: appointmentYear, month } };
  } else {
    // NI PPPK holds only the year: the same "certainly wrong" reading, at year precision.
    if (appointmentYear > todayDate.year) {
      errors.push({ code: 'APPOINTMENT_IN_FUTURE', message: `Tahun pengangkatan pada NI PPPK (${appointmentYear}) belum terjadi.` });
    }
    if (birthIsReal && appointmentYear < birth.year + ADULT_AGE) {
      errors.push({ code: 'APPOINTMENT_BEFORE_18', message: `Tahun pengangkatan pada NI PPPK (${appointmentYear}) sebelum pegawai berusia 18 tahun.` });
    }
    if (nip.slice(12, 14) !== PPPK_CODE) {
      errors.push({ code: 'PPPK_CODE', message: `Digit 13–14 NI PPPK harus ${PPPK_CODE} (kode PPPK, seperti tertulis pada dokumen), bukan ${nip.slice(12, 14)}.` });
    }
    value = { ...common, jenis, appointment: { year: appointmentYear } };
  }

  if (nip[14] !== '1' && nip[14] !== '2') {
    errors.push({ code: 'SEX_DIGIT', message: `Digit 15 ${label} harus 1 (laki-laki) atau 2 (perempuan), bukan ${nip[14]}.` });
  }
  if (common.sequence === 0) {
    errors.push({ code: 'SEQUENCE', message: `Digit 16–18 ${label} (nomor urut) tidak boleh 000.` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** Which kind of number it is, read from digits 13–14: 21 is the PPPK code, never a TMT month. */
export function jenisOfNip(nip: string): JenisAsn {
  return normaliseNip(nip).slice(12, 14) === PPPK_CODE ? 'PPPK' : 'PNS';
}

/**
 * The spaced document form: PNS `19860926 201505 1 001`, PPPK `19900101 2022 21 2 001`; without
 * `jenis`, read from the number itself. Anything that is not 18 digits (after removing spaces) is
 * returned as given, so a screen showing a legacy value never fails.
 */
export function formatNip(nip: string, jenis: JenisAsn = jenisOfNip(nip)): string {
  const digits = normaliseNip(nip);
  if (!/^\d{18}$/.test(digits)) return nip;
  const parts =
    jenis === 'PNS'
      ? [digits.slice(0, 8), digits.slice(8, 14), digits.slice(14, 15), digits.slice(15)]
      : [digits.slice(0, 8), digits.slice(8, 12), digits.slice(12, 14), digits.slice(14, 15), digits.slice(15)];
  return parts.join(' ');
}

function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isCalendarDate(date) ? date : undefined;
}

function isCalendarDate({ year, month, day }: CalendarDate): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function monthIndex(year: number, month: number): number {
  return year * 12 + month;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return monthIndex(a.year, a.month) - monthIndex(b.year, b.month) || a.day - b.day;
}

function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
