import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { clearAccountData, sessionQueryOptions, setSession } from '../features/auth/api/get-session';
import { currentLanguage } from '../i18n';
import { configureApiClient } from '../lib/api-client';
import { isApiError } from '../lib/api-error';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; a dropped connection may.
        retry: (failureCount, error) => isApiError(error) && error.code === 'NETWORK' && failureCount < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}

function connectApiClient(queryClient: QueryClient): void {
  configureApiClient({
    getLanguage: currentLanguage,
    onSessionLost: () => {
      clearAccountData(queryClient);
      // The sign-in guard sees this and sends the user to /masuk with "session ended".
      setSession(queryClient, { status: 'signed-out', reason: 'expired' });
    },
    onPasswordChangeRequired: () => {
      queryClient.setQueryData(sessionQueryOptions.queryKey, (session) =>
        session?.status === 'signed-in' ? { ...session, user: { ...session.user, mustChangePassword: true } } : session,
      );
    },
  });
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    connectApiClient(client);
    return client;
  });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
