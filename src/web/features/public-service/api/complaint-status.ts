import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { publicServiceKeys } from './keys';
import type { PublicComplaintStatus } from './types';

export function getComplaintStatus(ticket: string, signal?: AbortSignal): Promise<PublicComplaintStatus> {
  return api.get<PublicComplaintStatus>(`/public/complaints/${encodeURIComponent(ticket)}`, { signal });
}

/** What anyone holding the ticket may see; an unknown ticket is a 404, not worth retrying. */
export function useComplaintStatus(ticket: string) {
  return useQuery({ queryKey: publicServiceKeys.ticket(ticket), queryFn: ({ signal }) => getComplaintStatus(ticket, signal), retry: false, enabled: ticket !== '' });
}
