import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SkpView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { storeSkp } from './get-skp';

export function createSkp(body: { year: number; pendekatan: 'KUANTITATIF' | 'KUALITATIF' }): Promise<SkpView> {
  return api.post<SkpView>('/skp', body);
}

export function useCreateSkp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSkp, onSuccess: (reply) => storeSkp(queryClient, reply) });
}
