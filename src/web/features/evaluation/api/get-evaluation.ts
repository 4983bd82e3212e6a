import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, skpEvaluationPath } from './keys';
import type { EvaluationView } from './types';

/** The rating screen of one SKP: a period's evaluation, or the annual one without a period. */
export function getEvaluation(skpId: string, periodId: string, signal?: AbortSignal): Promise<EvaluationView> {
  return api.get<EvaluationView>(skpEvaluationPath(skpId), { query: { periodId }, signal });
}

export function useEvaluation(skpId: string, periodId: string) {
  return useQuery({ queryKey: evaluationKeys.bySkp(skpId, periodId), queryFn: ({ signal }) => getEvaluation(skpId, periodId, signal) });
}

/** A write answered with the evaluation as it now stands: keep it, refresh the lists around it. */
export function storeEvaluation(queryClient: QueryClient, reply: EvaluationView): void {
  queryClient.setQueryData(evaluationKeys.bySkp(reply.skpId, reply.period?.id ?? ''), reply);
  if (reply.id) queryClient.setQueryData(evaluationKeys.byId(reply.id), reply);
  void queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] === 'evaluation' && queryKey[1] !== 'skp' && queryKey[1] !== 'id' });
}
