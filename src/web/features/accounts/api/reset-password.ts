import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PasswordResetResponse } from '../../../../shared/schemas/accounts';
import { api } from '../../../lib/api-client';
import { accountsQueryKeys } from './get-accounts';

export function resetPassword({ accountId }: { accountId: string }): Promise<PasswordResetResponse> {
  return api.post<PasswordResetResponse>(`/accounts/${encodeURIComponent(accountId)}/password-reset`);
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    // The list shows "must change password" and the lock state, both changed by a reset.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKeys.all }),
  });
}
