import type { PeriodRow } from './evaluation.repository';

// Kota Solok keeps WIB (UTC+7): the calendar day an instant falls on there.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
export const solokDate = (instant: Date): string => new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The last day a keberatan may be filed: `windowDays` calendar days after the day of finalisation
 * (objectionWindowDays, an instansi setting; PP 30/2019 leaves the number to the instansi).
 */
export const objectionDeadlineOf = (finalisedAt: Date | null, windowDays: number): string | null => (finalisedAt ? addDays(solokDate(finalisedAt), windowDays) : null);

export const toPeriodView = (p: PeriodRow) => ({
  id: p.id,
  seq: p.seq,
  name: p.name,
  startsOn: p.starts_on,
  endsOn: p.ends_on,
  realisationCloses: p.realisation_closes,
  evaluationCloses: p.evaluation_closes,
  status: p.status as 'OPEN' | 'CLOSED',
});
