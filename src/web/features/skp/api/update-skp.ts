import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SkpView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { storeSkp } from './get-skp';

export interface SkpUpdate {
  pendekatan?: 'KUANTITATIF' | 'KUALITATIF';
  lampiran?: { sumberDaya?: string; skema?: string; konsekuensi?: string };
}

export function updateSkp({ skpId, ...body }: SkpUpdate & { skpId: string }): Promise<SkpView> {
  return api.patch<SkpView>(`/skp/${encodeURIComponent(skpId)}`, body);
}

export function useUpdateSkp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateSkp, onSuccess: (reply) => storeSkp(queryClient, reply) });
}
