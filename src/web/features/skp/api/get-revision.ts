import { useQuery } from '@tanstack/react-query';
import type { SkpContent } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

export interface SkpRevision {
  revision: number;
  approvedAt: string;
  approvedBy: string | null;
  content: SkpContent;
}

export function getRevision(skpId: string, revision: number, signal?: AbortSignal): Promise<SkpRevision> {
  return api.get<SkpRevision>(`/skp/${encodeURIComponent(skpId)}/revisions/${revision}`, { signal });
}

export function useRevision(skpId: string, revision: number) {
  // An approved revision never changes.
  return useQuery({ queryKey: skpKeys.revision(skpId, revision), queryFn: ({ signal }) => getRevision(skpId, revision, signal), staleTime: Infinity });
}
