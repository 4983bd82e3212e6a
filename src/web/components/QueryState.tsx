import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

/** What every query result has, plain or infinite. */
interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** Offer "try again" under the error (a list does; a form's side query may not). */
  retry?: boolean;
  /** The empty state, shown when `isEmpty` says the reply holds nothing to show. */
  empty?: { isEmpty: (data: T) => boolean; title: string; hint?: string | undefined; action?: ReactNode };
  /** What to show with the data; without it the component shows only the waiting and failing (`if (!query.isSuccess) return <QueryState query={query} />`). */
  children?: (data: T) => ReactNode;
}

/** The one way a query shows while it loads, when it fails and when it finds nothing. */
export function QueryState<T>({ query, retry = true, empty, children }: QueryStateProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined) return <ErrorMessage error={query.error} onRetry={retry ? () => void query.refetch() : undefined} />;
  if (empty?.isEmpty(query.data)) return <EmptyState title={empty.title} hint={empty.hint} action={empty.action} />;
  return <>{children?.(query.data)}</>;
}
