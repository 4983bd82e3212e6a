import { useQuery } from '@tanstack/react-query';
import type { SkpProgressView } from '../../../../shared/schemas/execution';
import { api } from '../../../lib/api-client';
import { realisationKeys, skpPath } from './keys';

export function getProgress(skpId: string, signal?: AbortSignal): Promise<SkpProgressView> {
  return api.get<SkpProgressView>(`${skpPath(skpId)}/progress`, { signal });
}

export function useSkpProgress(skpId: string, enabled = true) {
  return useQuery({ queryKey: realisationKeys.progress(skpId), queryFn: ({ signal }) => getProgress(skpId, signal), enabled: enabled && skpId !== '' });
}
