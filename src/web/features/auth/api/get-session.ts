import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { MeResponse, SessionUser } from '../../../../shared/schemas/auth';
import type { Role } from '../../../../shared/roles';
import { api, setCsrfToken } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';

export type SignedOutReason = 'none' | 'expired' | 'signed-out';

export type Session =
  | { status: 'signed-in'; user: SessionUser; roles: Role[] }
  | { status: 'signed-out'; reason: SignedOutReason };

export const sessionQueryKey = ['session'] as const;

/** GET /api/me; a 401 is an answer ("not signed in"), not an error. */
export async function getSession(): Promise<Session> {
  try {
    const me = await api.get<MeResponse>('/me');
    setCsrfToken(me.csrfToken);
    return { status: 'signed-in', user: me.user, roles: me.roles };
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return { status: 'signed-out', reason: error.code === 'SESSION_EXPIRED' ? 'expired' : 'none' };
    }
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: getSession,
  staleTime: Infinity,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}

export function setSession(queryClient: QueryClient, session: Session): void {
  queryClient.setQueryData(sessionQueryOptions.queryKey, session);
}

/** Drops every cached reply except the session, so one account's data never shows for another. */
export function clearAccountData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}
