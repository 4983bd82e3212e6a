import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvidenceView } from '../../../../shared/schemas/execution';
import { api } from '../../../lib/api-client';
import { refreshRealisation } from './get-period';

export interface EvidenceReview {
  evidenceId: string;
  decision: 'ACCEPTED' | 'REJECTED';
  reason?: string | undefined;
}

/** Terima / tolak one piece of evidence; a rejection carries its reason to the pegawai. */
export function reviewEvidence({ evidenceId, decision, reason }: EvidenceReview): Promise<EvidenceView> {
  return api.post<EvidenceView>(`/evidence/${encodeURIComponent(evidenceId)}/review`, decision === 'REJECTED' ? { decision, reason } : { decision });
}

export function useReviewEvidence() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reviewEvidence, onSuccess: () => refreshRealisation(queryClient) });
}
