import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { storeEvaluation } from './get-evaluation';
import { evaluationPath } from './keys';
import type { EvaluationView } from './types';

export function fileKeberatan({ evaluationId, reasons }: { evaluationId: string; reasons: string }): Promise<EvaluationView> {
  return api.post<EvaluationView>(`${evaluationPath(evaluationId)}/keberatan`, { reasons });
}

export function useFileKeberatan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fileKeberatan, onSuccess: (reply) => storeEvaluation(queryClient, reply) });
}
