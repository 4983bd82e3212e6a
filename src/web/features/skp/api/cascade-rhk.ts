import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

export interface CascadeResult {
  created: number;
  alreadyLinked: number;
  skpCreated: number;
  locked: number;
}

export function cascadeRhk(body: { sourceRhkId: string; pegawaiIds: string[]; text?: string | undefined }): Promise<CascadeResult> {
  return api.post<CascadeResult>('/skp-matrix/cascade', body);
}

export function useCascadeRhk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cascadeRhk, onSuccess: () => void queryClient.invalidateQueries({ queryKey: skpKeys.all }) });
}
