import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitDetail, UnitNode } from '../../shared/schemas/organisation';
import { api } from '../lib/api-client';

/** The keys of GET /api/units and /api/units/:id: every feature reads the same cached replies. */
export const unitKeys = {
  all: ['units'] as const,
  list: () => ['units', 'list'] as const,
  detail: (unitId: string) => ['units', 'detail', unitId] as const,
};

export interface OpdOption {
  id: string;
  name: string;
}

/** Every unit in the caller's scope as a flat list (parentId links them); admin OPD gets their OPD's subtree. */
export const unitsQuery = queryOptions({
  queryKey: unitKeys.list(),
  queryFn: async ({ signal }) => (await api.get<{ items: UnitNode[] }>('/units', { signal })).items,
  staleTime: 5 * 60_000,
});

export function unitDetailQuery(unitId: string) {
  return queryOptions({
    queryKey: unitKeys.detail(unitId),
    queryFn: ({ signal }) => api.get<UnitDetail>(`/units/${encodeURIComponent(unitId)}`, { signal }),
    enabled: unitId !== '',
  });
}

/** Only roles that may read the organisation ask (GET /api/units is 403 for the others). */
export function useUnits(enabled = true) {
  return useQuery({ ...unitsQuery, enabled });
}

/** One unit with its path, posts and children; another unit keeps the last one on screen while it loads. */
export function useUnitDetail(unitId: string | null) {
  return useQuery({ ...unitDetailQuery(unitId ?? ''), placeholderData: keepPreviousData });
}

const postsOf = (detail: UnitDetail) => detail.jabatan;

/** The jabatan of one unit, to choose the new post in a mutasi. */
export function useUnitPosts(unitId: string) {
  return useQuery({ ...unitDetailQuery(unitId), select: postsOf });
}

export const byUnitName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');

const opdsInTreeOrder = (units: UnitNode[]): OpdOption[] => units.filter((unit) => unit.isOpd).map(({ id, name }) => ({ id, name }));
const opdsByName = (units: UnitNode[]): OpdOption[] => opdsInTreeOrder(units).sort(byUnitName);

/** The OPD the caller may see, for the OPD pickers: in the tree's order, or by name for a long list. */
export function useOpdOptions({ enabled = true, order = 'tree' }: { enabled?: boolean; order?: 'tree' | 'name' } = {}) {
  return useQuery({ ...unitsQuery, enabled, select: order === 'name' ? opdsByName : opdsInTreeOrder });
}
