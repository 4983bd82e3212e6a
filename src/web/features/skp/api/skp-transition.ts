import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SkpView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { storeSkp } from './get-skp';

/** The workflow steps, one server method each: submit, approve, revise, return (with a note). */
export type SkpTransition = 'submit' | 'approve' | 'revise' | 'return';

export function transitionSkp({ skpId, action, note }: { skpId: string; action: SkpTransition; note?: string }): Promise<SkpView> {
  return api.post<SkpView>(`/skp/${encodeURIComponent(skpId)}/${action}`, action === 'return' ? { note } : undefined);
}

export function useTransitionSkp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: transitionSkp, onSuccess: (reply) => storeSkp(queryClient, reply) });
}
