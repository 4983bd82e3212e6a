import { useQuery } from '@tanstack/react-query';
import type { YearView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { publicServiceKeys } from './keys';
import type { IkmResultView } from './types';

export function getIkmResult(unitId: string, periodId: string, signal?: AbortSignal): Promise<IkmResultView> {
  return api.get<IkmResultView>(`/service-units/${encodeURIComponent(unitId)}/ikm`, { query: { periodId }, signal });
}

export function useIkmResult(unitId: string, periodId: string) {
  return useQuery({ queryKey: publicServiceKeys.ikm(unitId, periodId), queryFn: ({ signal }) => getIkmResult(unitId, periodId, signal), enabled: unitId !== '' && periodId !== '' });
}

/** The official report of the same result; a plain link, so the browser downloads it with the session cookie. */
export const ikmReportUrl = (unitId: string, periodId: string, format: 'pdf' | 'xlsx') =>
  `/api/service-units/${encodeURIComponent(unitId)}/ikm/report.${format}?periodId=${encodeURIComponent(periodId)}`;

export type PeriodOption = YearView['periods'][number] & { year: number };

export function getYears(signal?: AbortSignal): Promise<{ items: YearView[] }> {
  return api.get<{ items: YearView[] }>('/years', { signal });
}

/** Every period of every year, newest year first. */
export function usePeriods() {
  return useQuery({
    queryKey: publicServiceKeys.years(),
    queryFn: ({ signal }) => getYears(signal),
    staleTime: 5 * 60_000,
    select: (reply): PeriodOption[] => [...reply.items].sort((a, b) => b.year - a.year).flatMap((y) => [...y.periods].sort((a, b) => a.seq - b.seq).map((p) => ({ ...p, year: y.year }))),
  });
}

/** The period today falls in, else the newest one before today, else the first. */
export function defaultPeriodId(periods: PeriodOption[], today: string): string {
  const current = periods.find((p) => p.startsOn <= today && today <= p.endsOn);
  return (current ?? periods.find((p) => p.startsOn <= today) ?? periods[0])?.id ?? '';
}
