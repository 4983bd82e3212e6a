import { useQuery } from '@tanstack/react-query';
import type { YearView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

export function getYears(signal?: AbortSignal): Promise<{ items: YearView[] }> {
  return api.get<{ items: YearView[] }>('/years', { signal });
}

export function useYears() {
  return useQuery({ queryKey: skpKeys.years(), queryFn: ({ signal }) => getYears(signal), staleTime: 5 * 60_000 });
}

/** The open year nearest today (the demo has the current one open); otherwise the newest. */
export function currentYear(years: YearView[]): number {
  const now = new Date().getFullYear();
  const open = years.filter((y) => y.status === 'OPEN').map((y) => y.year);
  if (open.includes(now)) return now;
  if (open.length > 0) return Math.max(...open);
  return years.length > 0 ? Math.max(...years.map((y) => y.year)) : now;
}
