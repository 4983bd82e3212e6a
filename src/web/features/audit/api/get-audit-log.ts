import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditPage } from '../../../../shared/schemas/audit';
import { api } from '../../../lib/api-client';

export interface AuditFilters {
  action: string;
  actor: string;
  from: string;
  to: string;
}

export const AUDIT_PAGE_SIZE = 50;

export const auditQueryKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters) => ['audit', filters] as const,
};

export function getAuditPage(filters: AuditFilters, cursor: string | undefined, signal?: AbortSignal): Promise<AuditPage> {
  return api.get<AuditPage>('/audit', { query: { ...filters, cursor, limit: AUDIT_PAGE_SIZE }, signal });
}

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditQueryKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getAuditPage(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
