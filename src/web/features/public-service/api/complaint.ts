import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { publicServiceKeys } from './keys';
import type { ComplaintCategory, ComplaintDetail } from './types';

export function getComplaint(id: string, signal?: AbortSignal): Promise<ComplaintDetail> {
  return api.get<ComplaintDetail>(`/complaints/${encodeURIComponent(id)}`, { signal });
}

export function useComplaint(id: string) {
  return useQuery({ queryKey: publicServiceKeys.complaint(id), queryFn: ({ signal }) => getComplaint(id, signal), enabled: id !== '' });
}

/** The photo is served only to the handling unit; the browser sends the session cookie. */
export const complaintPhotoUrl = (id: string) => `/api/complaints/${encodeURIComponent(id)}/photo`;

export type ComplaintAction =
  | { action: 'assign'; pegawaiId: string; category?: ComplaintCategory; note?: string }
  | { action: 'respond'; text: string }
  | { action: 'resolve'; text: string }
  | { action: 'reject'; reason: string };

export function actOnComplaint(id: string, { action, ...body }: ComplaintAction): Promise<ComplaintDetail> {
  return api.post<ComplaintDetail>(`/complaints/${encodeURIComponent(id)}/${action}`, body);
}

/** One workflow step; the reply is the new detail, and every list showing the complaint refreshes. */
export function useActOnComplaint(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ComplaintAction) => actOnComplaint(id, input),
    onSuccess: (detail) => {
      queryClient.setQueryData(publicServiceKeys.complaint(id), detail);
      void queryClient.invalidateQueries({ queryKey: publicServiceKeys.all, predicate: (q) => q.queryKey[1] !== 'complaint' });
    },
  });
}
