import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgGoalInput, OrgGoalView } from '../../../../shared/schemas/planning';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

/** Adds an IKU, or replaces one when `id` is given. */
export function saveOrgGoal({ id, ...body }: OrgGoalInput & { id?: string | undefined }): Promise<OrgGoalView> {
  return id ? api.put<OrgGoalView>(`/org-goals/${encodeURIComponent(id)}`, body) : api.post<OrgGoalView>('/org-goals', body);
}

export function useSaveOrgGoal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveOrgGoal, onSuccess: () => void queryClient.invalidateQueries({ queryKey: skpKeys.all }) });
}
