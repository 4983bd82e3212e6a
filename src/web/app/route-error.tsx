import { useRouteError } from 'react-router';
import { ErrorMessage } from '../components/ErrorMessage';
import { PublicLayout } from './layout/PublicLayout';

/** Last resort when a page throws while rendering: say so kindly instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  return (
    <PublicLayout>
      <ErrorMessage error={error} onRetry={() => window.location.reload()} />
    </PublicLayout>
  );
}
