import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { storeEvaluation } from './get-evaluation';
import { evaluationPath } from './keys';
import type { EvaluationView } from './types';

export function acknowledgeEvaluation(evaluationId: string): Promise<EvaluationView> {
  return api.post<EvaluationView>(`${evaluationPath(evaluationId)}/acknowledge`);
}

export function useAcknowledge() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: acknowledgeEvaluation, onSuccess: (reply) => storeEvaluation(queryClient, reply) });
}
