import { useQuery } from '@tanstack/react-query';
import type { SkpSummary } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

export type SkpScope = 'mine' | 'team' | 'all';

export interface SkpListFilter {
  scope: SkpScope;
  year?: number | undefined;
  /** '' is every status. */
  status: string;
}

export function getSkpList(filter: SkpListFilter, signal?: AbortSignal): Promise<{ items: SkpSummary[]; nextCursor: string | null }> {
  return api.get('/skp', { query: { scope: filter.scope, year: filter.year, status: filter.status, limit: 100 }, signal });
}

export function useSkpList(filter: SkpListFilter, enabled = true) {
  return useQuery({
    queryKey: skpKeys.list(filter.scope, filter.year, filter.status),
    queryFn: ({ signal }) => getSkpList(filter, signal),
    enabled,
  });
}
