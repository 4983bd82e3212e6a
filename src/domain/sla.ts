// Complaint response-time standards — SP4N-LAPOR!, as stated by KemenPANRB (domain.md §8.2).
// Days are counted on Kota Solok's calendar (WIB, UTC+7): the day a complaint arrives is day 0,
// a standard of N days ends at the end of the N-th calendar or working day after it.

/** The ladder's complaint types, in the order of domain.md §8.2. */
export const complaintCategories = ['INFORMASI', 'KELUHAN', 'SENGKETA', 'PEMERIKSAAN_LAPANGAN'] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

export const complaintCategoryLabel: Readonly<Record<ComplaintCategory, string>> = {
  INFORMASI: 'Permintaan informasi',
  KELUHAN: 'Keluhan layanan',
  SENGKETA: 'Sengketa atau dugaan pelanggaran (tanpa pemeriksaan lapangan)',
  PEMERIKSAAN_LAPANGAN: 'Pengaduan yang memerlukan pemeriksaan lapangan',
};

/** "Respon awal (informasi status bahwa pengaduan telah disalurkan)": 3 hari. */
export const FIRST_RESPONSE_DAYS = 3;
/** Resolution by type: informasi & keluhan 5, sengketa/pelanggaran without field checks 14, with field checks 60. */
export const RESOLUTION_DAYS: Readonly<Record<ComplaintCategory, number>> = {
  INFORMASI: 5,
  KELUHAN: 5,
  SENGKETA: 14,
  PEMERIKSAAN_LAPANGAN: 60,
};

export type DayKind = 'calendar' | 'working';

/** How an instansi counts days: calendar days, or working days (Monday–Friday less its holidays). */
export interface SlaCalendar {
  dayKind: DayKind;
  /** Holidays and cuti bersama as YYYY-MM-DD; only used for working days. */
  holidays: ReadonlySet<string>;
}

export interface SlaStandards {
  firstResponseDays: number;
  resolutionDays: Readonly<Record<ComplaintCategory, number>>;
}

export const defaultSlaStandards: SlaStandards = { firstResponseDays: FIRST_RESPONSE_DAYS, resolutionDays: RESOLUTION_DAYS };

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date in Kota Solok (WIB) of an instant. */
export function localDate(instant: Date): string {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid instant');
  return new Date(ms + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

const dayNumber = (date: string) => {
  if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new RangeError(`not a date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
};
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Monday–Friday and not a holiday (Perpres 21/2023: five working days a week for ASN). */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The date `days` service days after `from` (calendar: plain addition; working: the N-th working day after it). */
export function addServiceDays(from: string, days: number, calendar: SlaCalendar): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  let day = dayNumber(from);
  if (calendar.dayKind === 'calendar') return dateOf(day + days);
  for (let counted = 0; counted < days; ) {
    day += 1;
    if (isWorkingDay(dateOf(day), calendar.holidays)) counted += 1;
  }
  return dateOf(day);
}

/** The last millisecond of a WIB date, as an instant. */
export function endOfLocalDay(date: string): Date {
  return new Date((dayNumber(date) + 1) * DAY_MS - WIB_OFFSET_MS - 1);
}

export interface Due {
  /** The last day, YYYY-MM-DD (WIB). */
  date: string;
  /** The end of that day. */
  at: Date;
}

export function dueAfter(receivedAt: Date, days: number, calendar: SlaCalendar): Due {
  const date = addServiceDays(localDate(receivedAt), days, calendar);
  return { date, at: endOfLocalDay(date) };
}

/** Both deadlines of a complaint received at `receivedAt` in `category`. */
export function complaintDeadlines(receivedAt: Date, category: ComplaintCategory, calendar: SlaCalendar, standards: SlaStandards = defaultSlaStandards) {
  const resolutionDays = Object.hasOwn(standards.resolutionDays, category) ? standards.resolutionDays[category] : undefined;
  if (resolutionDays === undefined) throw new RangeError(`unknown category "${String(category)}"`);
  return { firstResponse: dueAfter(receivedAt, standards.firstResponseDays, calendar), resolution: dueAfter(receivedAt, resolutionDays, calendar) };
}

/** Late: done after the deadline, or not done and the deadline has passed. */
export function isOverdue(due: Date, doneAt: Date | null, now: Date): boolean {
  return (doneAt ?? now).getTime() > due.getTime();
}

/**
 * Service days from one instant to a later one, by their WIB dates: the same day is 0; in working
 * days, the working days after the first date up to and including the second (Friday → Monday is 1).
 */
export function elapsedServiceDays(from: Date, to: Date, calendar: SlaCalendar): number {
  const start = dayNumber(localDate(from));
  const end = dayNumber(localDate(to));
  if (end <= start) return 0;
  if (calendar.dayKind === 'calendar') return end - start;
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) if (isWorkingDay(dateOf(day), calendar.holidays)) count += 1;
  return count;
}
