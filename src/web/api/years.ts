import { queryOptions, useQuery } from '@tanstack/react-query';
import type { YearView } from '../../shared/schemas/planning';
import { api } from '../lib/api-client';

/** The one key of GET /api/years: every feature reads the same cached reply. */
export const yearKeys = {
  all: ['years'] as const,
};

export type PeriodOption = YearView['periods'][number] & { year: number };

export const yearsQuery = queryOptions({
  queryKey: yearKeys.all,
  queryFn: ({ signal }) => api.get<{ items: YearView[] }>('/years', { signal }),
  staleTime: 5 * 60_000,
});

/** Every period of every year, newest year first, each year's periods in their own order. */
function flattenPeriods(reply: { items: YearView[] }): PeriodOption[] {
  return [...reply.items].sort((a, b) => b.year - a.year).flatMap((year) => [...year.periods].sort((a, b) => a.seq - b.seq).map((period) => ({ ...period, year: year.year })));
}

export function useYears() {
  return useQuery(yearsQuery);
}

export function usePeriods() {
  return useQuery({ ...yearsQuery, select: flattenPeriods });
}

/** The open year nearest today (the demo has the current one open); otherwise the newest. */
export function currentYear(years: YearView[], now = new Date().getFullYear()): number {
  const open = years.filter((y) => y.status === 'OPEN').map((y) => y.year);
  if (open.includes(now)) return now;
  if (open.length > 0) return Math.max(...open);
  return years.length > 0 ? Math.max(...years.map((y) => y.year)) : now;
}

/** The period today falls in, else the newest open one, else the first. */
export function defaultPeriodId(periods: PeriodOption[], today: string): string {
  const current = periods.find((p) => p.startsOn <= today && today <= p.endsOn);
  return (current ?? periods.find((p) => p.status === 'OPEN') ?? periods[0])?.id ?? '';
}
