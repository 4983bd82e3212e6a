import type { Clock } from './clock';

// Kota Solok keeps Western Indonesia Time (WIB, UTC+7, no daylight saving).
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date in Kota Solok, as YYYY-MM-DD, on which an instant falls. */
export function solokDate(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's calendar date in Kota Solok as YYYY-MM-DD. */
export function todayInSolok(clock: Clock): string {
  return solokDate(clock.now());
}

/** The calendar day `days` after (or, negative, before) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
