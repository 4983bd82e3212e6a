import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, LoginResponse } from '../../../../shared/schemas/auth';
import { api, setCsrfToken } from '../../../lib/api-client';
import { clearAccountData, setSession } from './get-session';

export function login(credentials: LoginRequest): Promise<LoginResponse> {
  return api.post<LoginResponse>('/auth/login', credentials);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (reply) => {
      setCsrfToken(reply.csrfToken);
      clearAccountData(queryClient);
      setSession(queryClient, { status: 'signed-in', user: reply.user, roles: reply.roles });
    },
  });
}
