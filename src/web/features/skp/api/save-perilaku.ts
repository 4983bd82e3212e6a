import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SkpView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { storeSkp } from './get-skp';

export function savePerilaku({ skpId, items }: { skpId: string; items: { code: string; ekspektasi: string }[] }): Promise<SkpView> {
  return api.put<SkpView>(`/skp/${encodeURIComponent(skpId)}/perilaku`, { items });
}

export function useSavePerilaku() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: savePerilaku, onSuccess: (reply) => storeSkp(queryClient, reply) });
}
