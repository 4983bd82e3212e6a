import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedback360Keys } from './keys';
import type { Feedback360Inbox } from './types';

/** The requests addressed to me, answered or not. */
export function getInbox(signal?: AbortSignal): Promise<Feedback360Inbox> {
  return api.get<Feedback360Inbox>('/feedback360/inbox', { signal });
}

export function useInbox(enabled = true) {
  return useQuery({ queryKey: feedback360Keys.inbox(), queryFn: ({ signal }) => getInbox(signal), enabled });
}
