import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshRealisation } from './get-period';
import { skpPath } from './keys';

export type Accumulation = 'SUM' | 'AVERAGE' | 'LAST';

/** How an IKI's periods add up to the year; null goes back to the default for its aspek. */
export function setAccumulation({ skpId, ikiId, accumulation }: { skpId: string; ikiId: string; accumulation: Accumulation | null }): Promise<unknown> {
  return api.put<unknown>(`${skpPath(skpId)}/iki/${encodeURIComponent(ikiId)}/accumulation`, { accumulation });
}

export function useSetAccumulation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setAccumulation, onSuccess: () => refreshRealisation(queryClient) });
}
