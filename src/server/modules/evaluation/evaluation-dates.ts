import type { PeriodRow } from './evaluation.repository';
import { addDays, solokDate } from '../../platform/calendar';

export { addDays, solokDate };

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
  status: p.status,
});
