import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountSummary, GrantRoleRequest } from '../../../../shared/schemas/accounts';
import type { Role } from '../../../../shared/roles';
import { api } from '../../../lib/api-client';
import { accountsQueryKeys } from './get-accounts';

export interface GrantRoleInput {
  accountId: string;
  role: Role;
  /** ADMIN_OPD only; without it the server uses the OPD where the account's pegawai works. */
  opdId?: string;
}

export function grantRole({ accountId, role, opdId }: GrantRoleInput): Promise<AccountSummary> {
  const body: GrantRoleRequest = opdId ? { role, opdId } : { role };
  return api.post<AccountSummary>(`/accounts/${encodeURIComponent(accountId)}/roles`, body);
}

export function useGrantRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: grantRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKeys.all }),
  });
}
