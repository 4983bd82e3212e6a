import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SkpView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { storeSkp } from './get-skp';

export function deleteRhk({ skpId, rhkId }: { skpId: string; rhkId: string }): Promise<SkpView> {
  return api.delete<SkpView>(`/skp/${encodeURIComponent(skpId)}/rhk/${encodeURIComponent(rhkId)}`);
}

export function useDeleteRhk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteRhk, onSuccess: (reply) => storeSkp(queryClient, reply) });
}
