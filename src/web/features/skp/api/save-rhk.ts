import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RhkInput, SkpView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { storeSkp } from './get-skp';

/** Adds an RHK, or replaces one when `rhkId` is given. */
export function saveRhk({ skpId, rhkId, ...body }: RhkInput & { skpId: string; rhkId?: string | undefined }): Promise<SkpView> {
  const base = `/skp/${encodeURIComponent(skpId)}/rhk`;
  return rhkId ? api.put<SkpView>(`${base}/${encodeURIComponent(rhkId)}`, body) : api.post<SkpView>(base, body);
}

export function useSaveRhk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveRhk, onSuccess: (reply) => storeSkp(queryClient, reply) });
}
