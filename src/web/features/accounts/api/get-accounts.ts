import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccountPage } from '../../../../shared/schemas/accounts';
import type { Role } from '../../../../shared/roles';
import { api } from '../../../lib/api-client';

export interface AccountsParams {
  q: string;
  role: Role | '';
  cursor: string | undefined;
}

export const ACCOUNTS_PAGE_SIZE = 20;

export const accountsQueryKeys = {
  all: ['accounts'] as const,
  page: (params: AccountsParams) => ['accounts', params] as const,
};

export function getAccounts(params: AccountsParams, signal?: AbortSignal): Promise<AccountPage> {
  return api.get<AccountPage>('/accounts', {
    query: { q: params.q, role: params.role, cursor: params.cursor, limit: ACCOUNTS_PAGE_SIZE },
    signal,
  });
}

export function useAccounts(params: AccountsParams) {
  return useQuery({
    queryKey: accountsQueryKeys.page(params),
    queryFn: ({ signal }) => getAccounts(params, signal),
    placeholderData: keepPreviousData,
  });
}
