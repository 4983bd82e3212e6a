import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PegawaiPage } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';
import { dialogueKeys } from './keys';

/** The people the caller may record a dialogue with: GET /api/pegawai keeps to their team. */
export function getTeam(q: string, signal?: AbortSignal): Promise<PegawaiPage> {
  return api.get<PegawaiPage>('/pegawai', { query: { q, limit: 200 }, signal });
}

export function useTeam(q: string, enabled = true) {
  const term = q.trim();
  return useQuery({
    queryKey: dialogueKeys.team(term),
    queryFn: ({ signal }) => getTeam(term, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
