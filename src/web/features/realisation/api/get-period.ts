import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { PeriodRealisationView } from '../../../../shared/schemas/execution';
import { api } from '../../../lib/api-client';
import { periodPath, realisationKeys } from './keys';

export function getPeriod(skpId: string, periodId: string, signal?: AbortSignal): Promise<PeriodRealisationView> {
  return api.get<PeriodRealisationView>(periodPath(skpId, periodId), { signal });
}

export function usePeriodRealisation(skpId: string, periodId: string) {
  return useQuery({
    queryKey: realisationKeys.period(skpId, periodId),
    queryFn: ({ signal }) => getPeriod(skpId, periodId, signal),
    enabled: skpId !== '' && periodId !== '',
  });
}

/** A write answered with the period as it now stands: keep it, and refresh the chart and team lists around it. */
export function storePeriod(queryClient: QueryClient, reply: PeriodRealisationView): void {
  queryClient.setQueryData(realisationKeys.period(reply.skp.id, reply.period.id), reply);
  void queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] === 'realisation' && queryKey[1] !== 'period' });
}

/** A write answered with something else (an evidence item): refetch everything of the feature. */
export function refreshRealisation(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] === 'realisation' });
}
