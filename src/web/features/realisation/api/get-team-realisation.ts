import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TeamRealisationView } from '../../../../shared/schemas/execution';
import { api } from '../../../lib/api-client';
import { realisationKeys } from './keys';

/** Without a period the server picks the current one (and says which in `period`). */
export function getTeamRealisation(periodId: string, signal?: AbortSignal): Promise<TeamRealisationView> {
  return api.get<TeamRealisationView>('/team/realisation', { query: { periodId }, signal });
}

export function useTeamRealisation(periodId: string) {
  return useQuery({ queryKey: realisationKeys.team(periodId), queryFn: ({ signal }) => getTeamRealisation(periodId, signal), placeholderData: keepPreviousData });
}
