import type { Clock } from './clock';

// Kota Solok keeps Western Indonesia Time (WIB, UTC+7, no daylight saving).
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's calendar date in Kota Solok as YYYY-MM-DD. */
export function todayInSolok(clock: Clock): string {
  return new Date(clock.now().getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}
