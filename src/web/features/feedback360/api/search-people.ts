import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PegawaiPage } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';
import { feedback360Keys } from './keys';

export const PEOPLE_SEARCH_MIN_LENGTH = 3;

/** People within the caller's scope, by name or NIP ('' lists the first page: a leader's team). */
export function searchPeople(q: string, limit: number, signal?: AbortSignal): Promise<PegawaiPage> {
  return api.get<PegawaiPage>('/pegawai', { query: { q, limit }, signal });
}

/** The team to choose a subject from: everyone in scope (first 200), narrowed by `q` for wide scopes. */
export function useTeamMembers(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: feedback360Keys.team(term),
    queryFn: ({ signal }) => searchPeople(term, 200, signal),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useSearchPeople(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: feedback360Keys.people(term),
    queryFn: ({ signal }) => searchPeople(term, 10, signal),
    enabled: term.length >= PEOPLE_SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
  });
}
