import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { KeberatanDecisionInput } from '../../../../shared/schemas/evaluation';
import { api } from '../../../lib/api-client';
import { storeEvaluation } from './get-evaluation';
import { evaluationPath } from './keys';
import type { EvaluationView } from './types';

export function decideKeberatan({ evaluationId, body }: { evaluationId: string; body: KeberatanDecisionInput }): Promise<EvaluationView> {
  return api.post<EvaluationView>(`${evaluationPath(evaluationId)}/keberatan/decision`, body);
}

export function useDecideKeberatan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: decideKeberatan, onSuccess: (reply) => storeEvaluation(queryClient, reply) });
}
