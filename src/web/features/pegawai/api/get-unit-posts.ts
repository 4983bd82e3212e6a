import { useQuery } from '@tanstack/react-query';
import type { UnitDetail } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';

export const unitPostsKey = (unitId: string) => ['pegawai', 'unit-posts', unitId] as const;

/** The jabatan of one unit, to choose the new post in a mutasi. */
export async function getUnitPosts(unitId: string, signal?: AbortSignal): Promise<UnitDetail['jabatan']> {
  const detail = await api.get<UnitDetail>(`/units/${encodeURIComponent(unitId)}`, { signal });
  return detail.jabatan;
}

export function useUnitPosts(unitId: string) {
  return useQuery({
    queryKey: unitPostsKey(unitId),
    queryFn: ({ signal }) => getUnitPosts(unitId, signal),
    enabled: unitId !== '',
  });
}
