import { useQuery } from '@tanstack/react-query';
import type { YearView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { evaluationKeys } from './keys';

export type PeriodOption = YearView['periods'][number] & { year: number };

function flattenPeriods(reply: { items: YearView[] }): PeriodOption[] {
  return [...reply.items].sort((a, b) => b.year - a.year).flatMap((year) => [...year.periods].sort((a, b) => a.seq - b.seq).map((period) => ({ ...period, year: year.year })));
}

/** Every period of every year, newest year first. */
export function usePeriods() {
  return useQuery({
    queryKey: evaluationKeys.years(),
    queryFn: ({ signal }) => api.get<{ items: YearView[] }>('/years', { signal }),
    staleTime: 5 * 60_000,
    select: flattenPeriods,
  });
}

/** The period today falls in, else the newest open one, else the first. */
export function defaultPeriodId(periods: PeriodOption[], today: string): string {
  const current = periods.find((p) => p.startsOn <= today && today <= p.endsOn);
  return (current ?? periods.find((p) => p.status === 'OPEN') ?? periods[0])?.id ?? '';
}
