import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitDetail } from '../../../../shared/schemas/organisation';
import { api } from '../../../lib/api-client';
import { organisationQueryKeys } from './get-unit-tree';

export function getUnitDetail(unitId: string, signal?: AbortSignal): Promise<UnitDetail> {
  return api.get<UnitDetail>(`/units/${encodeURIComponent(unitId)}`, { signal });
}

export function useUnitDetail(unitId: string | null) {
  return useQuery({
    queryKey: organisationQueryKeys.unit(unitId ?? ''),
    queryFn: ({ signal }) => getUnitDetail(unitId!, signal),
    enabled: unitId !== null,
    placeholderData: keepPreviousData,
  });
}
