import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '../../../../shared/schemas/auth';
import { api } from '../../../lib/api-client';
import { sessionQueryKey } from './get-session';

export function changePassword(request: ChangePasswordRequest): Promise<{ ok: true }> {
  return api.post<{ ok: true }>('/auth/password', request);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // /api/me clears mustChangePassword and may hand out a fresh CSRF token.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
