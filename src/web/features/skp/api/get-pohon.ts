import { useQuery } from '@tanstack/react-query';
import type { PohonView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

export function getPohon(opdId: string, year: number | undefined, signal?: AbortSignal): Promise<PohonView> {
  return api.get<PohonView>('/pohon-kinerja', { query: { opdId, year }, signal });
}

export function usePohon(opdId: string, year: number | undefined) {
  return useQuery({ queryKey: skpKeys.pohon(opdId, year), queryFn: ({ signal }) => getPohon(opdId, year, signal), enabled: opdId !== '' && year !== undefined });
}
