import { useQuery } from '@tanstack/react-query';
import type { UnitNode } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';

export interface OpdOption {
  id: string;
  name: string;
}

export const opdOptionsQueryKey = ['accounts', 'opd-options'] as const;

/** The OPD an Admin OPD may administer: the top units of the tree in the caller's scope. */
export async function getOpdOptions(signal?: AbortSignal): Promise<OpdOption[]> {
  const { items } = await api.get<{ items: UnitNode[] }>('/units', { signal });
  return items
    .filter((unit) => unit.isOpd)
    .map((unit) => ({ id: unit.id, name: unit.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export function useOpdOptions(enabled: boolean) {
  return useQuery({
    queryKey: opdOptionsQueryKey,
    queryFn: ({ signal }) => getOpdOptions(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
