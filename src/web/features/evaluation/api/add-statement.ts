import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { storeEvaluation } from './get-evaluation';
import { evaluationPath } from './keys';
import type { EvaluationView } from './types';

export function addKeberatanStatement({ evaluationId, text }: { evaluationId: string; text: string }): Promise<EvaluationView> {
  return api.post<EvaluationView>(`${evaluationPath(evaluationId)}/keberatan/statements`, { text });
}

export function useAddStatement() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addKeberatanStatement, onSuccess: (reply) => storeEvaluation(queryClient, reply) });
}
