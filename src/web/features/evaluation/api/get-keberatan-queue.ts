import { useQuery } from '@tanstack/react-query';
import type { PendingKeberatan } from '../../../../shared/schemas/evaluation';
import { api } from '../../../lib/api-client';
import { evaluationKeys } from './keys';

/** The keberatan waiting for the caller's decision as atasan pejabat penilai (GET /keberatan/pending). */
export function useKeberatanQueue() {
  return useQuery({
    queryKey: evaluationKeys.queue(),
    queryFn: ({ signal }) => api.get<PendingKeberatan>('/keberatan/pending', { query: { limit: 200 }, signal }),
    select: (page) => page.items,
  });
}
