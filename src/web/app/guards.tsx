import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { StatusPage } from '../components/StatusPage';
import { canOpen, type RestrictedPage } from '../config/access';
import { paths } from '../config/paths';
import { useSession } from '../features/auth/api/get-session';
import { useCurrentUser } from '../features/auth/hooks/use-current-user';
import { PublicLayout } from './layout/PublicLayout';

export interface SignInState {
  from?: string;
  notice?: 'expired' | 'signed-out';
}

/** Lets only signed-in users through; a temporary password keeps them on Akun saya. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <PublicLayout>
        <Loading />
      </PublicLayout>
    );
  }
  if (session.isError) {
    return (
      <PublicLayout>
        <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />
      </PublicLayout>
    );
  }
  const { data } = session;
  if (data.status === 'signed-out') {
    const state: SignInState =
      data.reason === 'signed-out'
        ? { notice: 'signed-out' }
        : { from: `${location.pathname}${location.search}`, ...(data.reason === 'expired' ? { notice: 'expired' } : {}) };
    return <Navigate to={paths.signIn} replace state={state} />;
  }
  if (data.user.mustChangePassword && location.pathname !== paths.myAccount) {
    return <Navigate to={paths.myAccount} replace />;
  }
  return <Outlet />;
}

export function RequireRole({ page }: { page: RestrictedPage }) {
  const { roles } = useCurrentUser();
  return canOpen(page, roles) ? <Outlet /> : <StatusPage status={403} />;
}
