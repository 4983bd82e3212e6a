import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { storeEvaluation } from './get-evaluation';
import { skpEvaluationPath } from './keys';
import type { EvaluationView, RatingsInput } from './types';

export function saveRatings({ skpId, body }: { skpId: string; body: RatingsInput }): Promise<EvaluationView> {
  return api.put<EvaluationView>(`${skpEvaluationPath(skpId)}/ratings`, body);
}

export function useSaveRatings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveRatings, onSuccess: (reply) => storeEvaluation(queryClient, reply) });
}
