import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { SkpView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

export function getSkp(skpId: string, signal?: AbortSignal): Promise<SkpView> {
  return api.get<SkpView>(`/skp/${encodeURIComponent(skpId)}`, { signal });
}

export function useSkp(skpId: string) {
  return useQuery({ queryKey: skpKeys.detail(skpId), queryFn: ({ signal }) => getSkp(skpId, signal), enabled: skpId !== '' });
}

/** Every SKP write answers with the SKP as it now stands: keep it, and refresh the lists around it. */
export function storeSkp(queryClient: QueryClient, reply: SkpView): void {
  queryClient.setQueryData(skpKeys.detail(reply.id), reply);
  void queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] === 'skp' && queryKey[1] !== 'detail' });
}
