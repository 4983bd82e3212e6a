import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { evaluationKeys } from './keys';
import type { OrgPredikatView } from './types';

/** The units whose organisation predikat the caller sees, for a year and (optionally) a period. */
export function getOrgPredikat(year: number, periodId: string, parentId: string, signal?: AbortSignal): Promise<{ items: OrgPredikatView[] }> {
  return api.get<{ items: OrgPredikatView[] }>('/org-predikat', { query: { year, periodId, parentId }, signal });
}

export function useOrgPredikat(year: number, periodId: string, parentId: string) {
  return useQuery({
    queryKey: evaluationKeys.orgPredikat(year, periodId, parentId),
    queryFn: ({ signal }) => getOrgPredikat(year, periodId, parentId, signal),
    enabled: year > 0,
    placeholderData: keepPreviousData,
  });
}
