import { useInfiniteQuery } from '@tanstack/react-query';
import type { FeedbackView } from '../../../../shared/schemas/feedback';
import { api } from '../../../lib/api-client';
import { feedbackKeys, type FeedbackDirection } from './keys';

export interface FeedbackPage {
  items: FeedbackView[];
  nextCursor: string | null;
}

const PAGE_SIZE = 20;

export function getFeedback(direction: FeedbackDirection, cursor: string | undefined, signal?: AbortSignal): Promise<FeedbackPage> {
  return api.get<FeedbackPage>('/feedback', { query: { direction, cursor, limit: PAGE_SIZE }, signal });
}

/** Keyset pages, newest first; "Muat lebih banyak" asks for the next one. */
export function useFeedbackStream(direction: FeedbackDirection) {
  return useInfiniteQuery({
    queryKey: feedbackKeys.list(direction),
    queryFn: ({ pageParam, signal }) => getFeedback(direction, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
