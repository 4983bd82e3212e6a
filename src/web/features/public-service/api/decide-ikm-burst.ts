import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IkmBurstDecision } from '../../../../shared/schemas/public-service';
import { api } from '../../../lib/api-client';
import { publicServiceKeys } from './keys';

export function decideIkmBurst(unitId: string, burstId: string, input: IkmBurstDecision) {
  return api.post<{ id: string; status: 'ACCEPTED' | 'REJECTED'; decidedAt: string }>(`/service-units/${encodeURIComponent(unitId)}/ikm/bursts/${encodeURIComponent(burstId)}/decision`, input);
}

/** BKPSDM accepts or rejects a flagged burst; the unit's IKM (and everything fed by it) is read again. */
export function useDecideIkmBurst(unitId: string, burstId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: IkmBurstDecision) => decideIkmBurst(unitId, burstId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: publicServiceKeys.all }),
  });
}
