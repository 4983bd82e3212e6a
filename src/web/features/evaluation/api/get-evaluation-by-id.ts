import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys, evaluationPath } from './keys';
import type { EvaluationView } from './types';

export function getEvaluationById(evaluationId: string, signal?: AbortSignal): Promise<EvaluationView> {
  return api.get<EvaluationView>(evaluationPath(evaluationId), { signal });
}

export function useEvaluationById(evaluationId: string) {
  return useQuery({ queryKey: evaluationKeys.byId(evaluationId), queryFn: ({ signal }) => getEvaluationById(evaluationId, signal) });
}

/** The document is a download, not JSON: a plain link, the session cookie goes with it. */
export const evaluationPdfUrl = (evaluationId: string) => `/api${evaluationPath(evaluationId)}/document.pdf`;
