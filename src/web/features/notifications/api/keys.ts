/** Every query key of the notifications feature starts with 'notifications', so one invalidation refreshes the bell and the list. */
export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => ['notifications', 'unread-count'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly] as const,
};
