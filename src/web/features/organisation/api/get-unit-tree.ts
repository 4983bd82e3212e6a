import { useQuery } from '@tanstack/react-query';
import type { UnitNode } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';

export const organisationQueryKeys = {
  all: ['organisation'] as const,
  tree: ['organisation', 'tree'] as const,
  unit: (unitId: string) => ['organisation', 'unit', unitId] as const,
};

/** Every unit in the caller's scope as a flat list (parentId links them); admin OPD gets their OPD's subtree. */
export async function getUnitTree(signal?: AbortSignal): Promise<UnitNode[]> {
  const { items } = await api.get<{ items: UnitNode[] }>('/units', { signal });
  return items;
}

export function useUnitTree() {
  return useQuery({
    queryKey: organisationQueryKeys.tree,
    queryFn: ({ signal }) => getUnitTree(signal),
    staleTime: 5 * 60_000,
  });
}
