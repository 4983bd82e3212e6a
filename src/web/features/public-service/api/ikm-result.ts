import { useQuery } from '@tanstack/react-query';
import type { PeriodOption } from '../../../api/years';
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

/** An IKM result is read after the fact: the period today falls in, else the newest one before today, else the first. */
export function defaultIkmPeriodId(periods: PeriodOption[], today: string): string {
  const current = periods.find((p) => p.startsOn <= today && today <= p.endsOn);
  return (current ?? periods.find((p) => p.startsOn <= today) ?? periods[0])?.id ?? '';
}
