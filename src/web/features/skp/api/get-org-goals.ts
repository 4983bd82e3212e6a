import { useQuery } from '@tanstack/react-query';
import type { OrgGoalView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

export function getOrgGoals(opdId: string, year: number | undefined, signal?: AbortSignal): Promise<{ items: OrgGoalView[] }> {
  return api.get('/org-goals', { query: { opdId, year }, signal });
}

export function useOrgGoals(opdId: string, year: number | undefined) {
  return useQuery({ queryKey: skpKeys.orgGoals(opdId, year), queryFn: ({ signal }) => getOrgGoals(opdId, year, signal), enabled: opdId !== '' && year !== undefined });
}
