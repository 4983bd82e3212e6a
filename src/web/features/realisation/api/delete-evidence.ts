import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshRealisation } from './get-period';

export function deleteEvidence(evidenceId: string): Promise<void> {
  return api.delete<void>(`/evidence/${encodeURIComponent(evidenceId)}`);
}

export function useDeleteEvidence() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteEvidence, onSuccess: () => refreshRealisation(queryClient) });
}

/** Where the browser opens (inline) or downloads an uploaded file; the session cookie authorises it. */
export function evidenceFileUrl(evidenceId: string): string {
  return `/api/evidence/${encodeURIComponent(evidenceId)}/file`;
}
