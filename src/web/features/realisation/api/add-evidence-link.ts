import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvidenceView } from '../../../../shared/schemas/execution';
import { api } from '../../../lib/api-client';
import { refreshRealisation } from './get-period';
import { ikiPeriodPath } from './keys';

export function addEvidenceLink({ skpId, periodId, ikiId, title, url }: { skpId: string; periodId: string; ikiId: string; title: string; url: string }): Promise<EvidenceView> {
  return api.post<EvidenceView>(`${ikiPeriodPath(skpId, periodId, ikiId)}/evidence-links`, { title, url });
}

export function useAddEvidenceLink() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addEvidenceLink, onSuccess: () => refreshRealisation(queryClient) });
}
