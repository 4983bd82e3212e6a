import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { publicServiceKeys } from './keys';
import type { ServiceUnitList, ServiceUnitView } from './types';

export function getServiceUnits(signal?: AbortSignal): Promise<ServiceUnitList> {
  return api.get<ServiceUnitList>('/service-units', { signal });
}

/** The units the signed-in person serves in, heads or oversees (the server filters silently). */
export function useServiceUnits(enabled = true) {
  return useQuery({ queryKey: publicServiceKeys.units(), queryFn: ({ signal }) => getServiceUnits(signal), staleTime: 60_000, enabled });
}

export function getServiceUnit(id: string, signal?: AbortSignal): Promise<ServiceUnitView> {
  return api.get<ServiceUnitView>(`/service-units/${encodeURIComponent(id)}`, { signal });
}

export function useServiceUnit(id: string) {
  return useQuery({ queryKey: publicServiceKeys.unit(id), queryFn: ({ signal }) => getServiceUnit(id, signal), enabled: id !== '' });
}
