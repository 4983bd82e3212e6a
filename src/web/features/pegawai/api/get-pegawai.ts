import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { PegawaiDetail } from '../../../../shared/schemas/organisation';
import { pegawaiKeys } from '../../../api/pegawai';
import { api } from '../../../lib/api-client';


export function getPegawai(pegawaiId: string, date: string, signal?: AbortSignal): Promise<PegawaiDetail> {
  return api.get<PegawaiDetail>(`/pegawai/${encodeURIComponent(pegawaiId)}`, { query: { date }, signal });
}

export function usePegawai(pegawaiId: string, date = '') {
  return useQuery({
    queryKey: pegawaiKeys.detail(pegawaiId, date),
    queryFn: ({ signal }) => getPegawai(pegawaiId, date, signal),
    // Another date keeps the profile on screen while that day's chain loads.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === pegawaiId ? previous : undefined),
  });
}

/**
 * After a change the server replies with the profile as it is today: that goes straight into the
 * cache, and every other pegawai reply (lists, other dates, pickers) is refetched.
 */
export function storeUpdatedPegawai(queryClient: QueryClient, reply: PegawaiDetail, scope: 'pegawai' | 'everything'): void {
  const todayKey = pegawaiKeys.detail(reply.id, '');
  queryClient.setQueryData(todayKey, reply);
  void queryClient.invalidateQueries({
    predicate: ({ queryKey }) =>
      queryKey[0] !== 'session' && (scope === 'everything' || queryKey[0] === pegawaiKeys.all[0]) && JSON.stringify(queryKey) !== JSON.stringify(todayKey),
  });
}
