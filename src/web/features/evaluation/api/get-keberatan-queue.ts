import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { notificationPage } from '../../../../shared/schemas/notifications';
import { api } from '../../../lib/api-client';
import { evaluationKeys } from './keys';

type NotificationPage = z.infer<typeof notificationPage>;
export interface QueueEntry {
  evaluationId: string;
  title: string;
  body: string;
  createdAt: string;
}

/**
 * The atasan penilai's keberatan to decide. The API has no list of keberatan yet, so the queue is
 * built from the KEBERATAN_FILED notifications (each links to its evaluation); the result page
 * shows whether it is still open.
 */
export function useKeberatanQueue() {
  return useQuery({
    queryKey: evaluationKeys.queue(),
    queryFn: ({ signal }) => api.get<NotificationPage>('/notifications', { query: { limit: 100 }, signal }),
    select: (page): QueueEntry[] => {
      const seen = new Set<string>();
      return page.items.flatMap((item) => {
        const id = item.kind === 'KEBERATAN_FILED' ? /\/evaluasi\/(\d+)/.exec(item.link ?? '')?.[1] : undefined;
        if (!id || seen.has(id)) return [];
        seen.add(id);
        return [{ evaluationId: id, title: item.title, body: item.body, createdAt: item.createdAt }];
      });
    },
  });
}
