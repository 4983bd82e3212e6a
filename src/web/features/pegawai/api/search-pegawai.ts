import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PegawaiPage } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';

export const SEARCH_MIN_LENGTH = 3;

export const pegawaiSearchKey = (q: string) => ['pegawai', 'search', q] as const;

/** A short list for pickers (the atasan of a penetapan): name or NIP, within the caller's scope. */
export function searchPegawai(q: string, signal?: AbortSignal): Promise<PegawaiPage> {
  return api.get<PegawaiPage>('/pegawai', { query: { q, limit: 8 }, signal });
}

export function useSearchPegawai(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: pegawaiSearchKey(term),
    queryFn: ({ signal }) => searchPegawai(term, signal),
    enabled: term.length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
  });
}
