import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { publicServiceKeys } from './keys';
import type { PublicUnitList, PublicUnitView } from './types';

export function getPublicUnits(signal?: AbortSignal): Promise<PublicUnitList> {
  return api.get<PublicUnitList>('/public/service-units', { signal });
}

export function usePublicUnits() {
  return useQuery({ queryKey: publicServiceKeys.publicUnits(), queryFn: ({ signal }) => getPublicUnits(signal), staleTime: 5 * 60_000 });
}

export function getPublicUnit(slug: string, signal?: AbortSignal): Promise<PublicUnitView> {
  return api.get<PublicUnitView>(`/public/service-units/${encodeURIComponent(slug)}`, { signal });
}

/** The unit behind a QR code: its categories, deadlines and the IKM unsur. */
export function usePublicUnit(slug: string) {
  return useQuery({ queryKey: publicServiceKeys.publicUnit(slug), queryFn: ({ signal }) => getPublicUnit(slug, signal), staleTime: 5 * 60_000 });
}

/** The printable QR code (SVG) pointing at the unit's page. */
export const qrSvgUrl = (slug: string) => `/api/public/service-units/${encodeURIComponent(slug)}/qr.svg`;
