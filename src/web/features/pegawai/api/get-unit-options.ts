import { useQuery } from '@tanstack/react-query';
import type { UnitNode } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';

export const unitOptionsKey = ['pegawai', 'unit-options'] as const;

/** The units in the caller's scope, for the OPD filter, the unit filter's name and the mutasi picker. */
export async function getUnitOptions(signal?: AbortSignal): Promise<UnitNode[]> {
  const { items } = await api.get<{ items: UnitNode[] }>('/units', { signal });
  return items;
}

/** Only roles that may read the organisation ask (GET /api/units is 403 for the others). */
export function useUnitOptions(enabled: boolean) {
  return useQuery({
    queryKey: unitOptionsKey,
    queryFn: ({ signal }) => getUnitOptions(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
