import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { publicServiceKeys } from './keys';
import type { ComplaintPage } from './types';

export interface InboxFilter {
  status?: string | undefined;
  overdue?: 'true' | undefined;
  periodId?: string | undefined;
}

const PAGE = 25;

export function getUnitComplaints(unitId: string, filter: InboxFilter, cursor: string | undefined, signal?: AbortSignal): Promise<ComplaintPage> {
  return api.get<ComplaintPage>(`/service-units/${encodeURIComponent(unitId)}/complaints`, { query: { ...filter, cursor, limit: PAGE }, signal });
}

/** The unit's inbox, newest first, a page at a time (keyset). */
export function useUnitComplaints(unitId: string, filter: InboxFilter) {
  return useInfiniteQuery({
    queryKey: publicServiceKeys.inbox(unitId, { ...filter }),
    queryFn: ({ pageParam, signal }) => getUnitComplaints(unitId, filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: unitId !== '',
  });
}

export function getAssignedComplaints(status: string | undefined, cursor: string | undefined, signal?: AbortSignal): Promise<ComplaintPage> {
  return api.get<ComplaintPage>('/complaints/assigned', { query: { status, cursor, limit: PAGE }, signal });
}

/** The complaints dispatched to the signed-in pegawai. */
export function useAssignedComplaints(status: string | undefined) {
  return useInfiniteQuery({
    queryKey: publicServiceKeys.assigned(status),
    queryFn: ({ pageParam, signal }) => getAssignedComplaints(status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
