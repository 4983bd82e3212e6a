import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { storeEvaluation } from './get-evaluation';
import { skpEvaluationPath } from './keys';
import type { EvaluationView, SelfAssessmentInput } from './types';

export function saveSelfAssessment({ skpId, body }: { skpId: string; body: SelfAssessmentInput }): Promise<EvaluationView> {
  return api.put<EvaluationView>(`${skpEvaluationPath(skpId)}/self-assessment`, body);
}

export function useSaveSelfAssessment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveSelfAssessment, onSuccess: (reply) => storeEvaluation(queryClient, reply) });
}
