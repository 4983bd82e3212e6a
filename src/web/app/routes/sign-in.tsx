import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/PageHeader';
import { paths } from '../../config/paths';
import { useSession } from '../../features/auth/api/get-session';
import { LoginForm } from '../../features/auth/components/LoginForm';
import type { SignInState } from '../guards';
import { PublicLayout } from '../layout/PublicLayout';
import './sign-in.css';

/** Only same-site paths are followed after sign-in, never an address from elsewhere. */
function safeReturnPath(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith(paths.signIn) ? from : paths.home;
}

export function SignInRoute() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const session = useSession();
  const state = (useLocation().state ?? {}) as SignInState;

  if (session.data?.status === 'signed-in') return <Navigate to={safeReturnPath(state.from)} replace />;

  const reason = session.data?.status === 'signed-out' ? session.data.reason : 'none';
  const notice = state.notice ?? (reason === 'none' ? undefined : reason);
  return (
    <PublicLayout>
      <div className="sign-in card">
        <p className="sign-in__eyebrow">{t('app.tagline')}</p>
        <h1>{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        {notice === 'expired' ? <Alert tone="warning">{t('signIn.sessionExpired')}</Alert> : null}
        {notice === 'signed-out' ? <Alert tone="info">{t('signIn.signedOut')}</Alert> : null}
        {session.isPending ? <Loading /> : <LoginForm />}
        <aside className="sign-in__help" aria-labelledby="sign-in-help-title">
          <h2 id="sign-in-help-title">{t('signIn.helpTitle')}</h2>
          <p>{t('signIn.help')}</p>
        </aside>
      </div>
    </PublicLayout>
  );
}
