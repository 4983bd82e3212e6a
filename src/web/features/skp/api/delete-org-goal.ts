import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { skpKeys } from './keys';

export function deleteOrgGoal(id: string): Promise<void> {
  return api.delete<void>(`/org-goals/${encodeURIComponent(id)}`);
}

export function useDeleteOrgGoal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteOrgGoal, onSuccess: () => void queryClient.invalidateQueries({ queryKey: skpKeys.all }) });
}
