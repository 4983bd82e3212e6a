import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountSummary } from '../../../../shared/schemas/accounts';
import type { Role } from '../../../../shared/roles';
import { api } from '../../../lib/api-client';
import { accountsQueryKeys } from './get-accounts';

export function grantRole({ accountId, role }: { accountId: string; role: Role }): Promise<AccountSummary> {
  return api.post<AccountSummary>(`/accounts/${encodeURIComponent(accountId)}/roles`, { role });
}

export function useGrantRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: grantRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKeys.all }),
  });
}
