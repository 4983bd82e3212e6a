import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PegawaiPage } from '../../shared/schemas/organisation';
import { api } from '../lib/api-client';

/**
 * The keys of GET /api/pegawai and /api/pegawai/:id. Every one starts with 'pegawai', so a change
 * to a person refreshes the lists, the pickers and the profiles of every feature at once.
 */
export const pegawaiKeys = {
  all: ['pegawai'] as const,
  search: (q: string, limit: number) => ['pegawai', 'search', q, limit] as const,
  list: (filters: object) => ['pegawai', 'list', filters] as const,
  /** `date` '' is today: the chain as it stands now. */
  detail: (pegawaiId: string, date: string) => ['pegawai', 'detail', pegawaiId, date] as const,
};

/** The people in the caller's scope by name or NIP ('' lists the first page: a leader's team). */
export function pegawaiSearchQuery(q: string, limit: number) {
  const term = q.trim();
  return queryOptions({
    queryKey: pegawaiKeys.search(term, limit),
    queryFn: ({ signal }) => api.get<PegawaiPage>('/pegawai', { query: { q: term, limit }, signal }),
    placeholderData: keepPreviousData,
  });
}

export const PEGAWAI_SEARCH_MIN_LENGTH = 3;

/** The team to choose from: everyone in scope (first 200), narrowed by `q` for wide scopes. */
export function useTeam(q: string, enabled = true) {
  return useQuery({ ...pegawaiSearchQuery(q, 200), enabled, staleTime: 5 * 60_000 });
}

/** A short list for pickers once `q` is long enough: name or NIP, within the caller's scope. */
export function usePegawaiSearch(q: string, limit: number) {
  return useQuery({ ...pegawaiSearchQuery(q, limit), enabled: q.trim().length >= PEGAWAI_SEARCH_MIN_LENGTH });
}
