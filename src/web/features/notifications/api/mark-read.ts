import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

export function markRead(id: string): Promise<unknown> {
  return api.post(`/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllRead(): Promise<unknown> {
  return api.post('/notifications/read-all');
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markRead, onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }) });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markAllRead, onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }) });
}
