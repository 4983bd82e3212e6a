import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { notificationPage } from '../../../../shared/schemas/notifications';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

export type NotificationPage = z.infer<typeof notificationPage>;
export type NotificationItem = NotificationPage['items'][number];

export const NOTIFICATION_PAGE_SIZE = 30;
/** How often the bell asks for the unread count while the app is open. */
export const UNREAD_POLL_MS = 60_000;

export function getNotifications(query: { cursor?: string | undefined; limit: number; unread?: boolean }, signal?: AbortSignal): Promise<NotificationPage> {
  return api.get<NotificationPage>('/notifications', { query: { cursor: query.cursor, limit: query.limit, unread: query.unread ? true : undefined }, signal });
}

/** The bell's count: one tiny page, polled, and refreshed when the user comes back to the tab. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: ({ signal }) => getNotifications({ limit: 1, unread: true }, signal),
    select: (page) => page.unreadCount,
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
    // A missing count is not worth an error on every page; the bell just shows no badge.
    retry: false,
  });
}

export function useNotifications(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: ({ pageParam, signal }) => getNotifications({ cursor: pageParam, limit: NOTIFICATION_PAGE_SIZE, unread: unreadOnly }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    refetchOnWindowFocus: true,
  });
}
