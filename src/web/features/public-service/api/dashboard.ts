import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { publicServiceKeys } from './keys';
import type { PublicDashboard } from './types';

export function getDashboard(year: number | undefined, signal?: AbortSignal): Promise<PublicDashboard> {
  return api.get<PublicDashboard>('/public/dashboard', { query: { year }, signal });
}

export function useDashboard(year: number | undefined) {
  return useQuery({ queryKey: publicServiceKeys.dashboard(year), queryFn: ({ signal }) => getDashboard(year, signal), staleTime: 5 * 60_000 });
}
