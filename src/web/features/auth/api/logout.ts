import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';
import { clearAccountData, setSession } from './get-session';

export function logout(): Promise<{ ok: true }> {
  return api.post<{ ok: true }>('/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Signed out locally even when the server call fails: the user asked to leave.
    onSettled: () => {
      setCsrfToken(null);
      clearAccountData(queryClient);
      setSession(queryClient, { status: 'signed-out', reason: 'signed-out' });
    },
  });
}
