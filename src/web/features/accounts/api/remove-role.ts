import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountSummary } from '../../../../shared/schemas/accounts';
import type { Role } from '../../../../shared/roles';
import { api } from '../../../lib/api-client';
import { accountsQueryKeys } from './get-accounts';

export function removeRole({ accountId, role }: { accountId: string; role: Role }): Promise<AccountSummary> {
  return api.delete<AccountSummary>(`/accounts/${encodeURIComponent(accountId)}/roles/${role}`);
}

export function useRemoveRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKeys.all }),
  });
}
