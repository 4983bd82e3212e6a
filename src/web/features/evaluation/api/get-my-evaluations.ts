import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys } from './keys';
import type { MyEvaluations } from './types';

export function getMyEvaluations(year: number, signal?: AbortSignal): Promise<MyEvaluations> {
  return api.get<MyEvaluations>('/evaluations', { query: { year }, signal });
}

export function useMyEvaluations(year: number, enabled: boolean) {
  return useQuery({ queryKey: evaluationKeys.mine(year), queryFn: ({ signal }) => getMyEvaluations(year, signal), enabled, placeholderData: keepPreviousData });
}
