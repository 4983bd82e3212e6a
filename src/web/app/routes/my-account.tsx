import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { ChangePasswordForm } from '../../features/auth/components/ChangePasswordForm';
import { ProfileFacts } from '../../features/auth/components/ProfileFacts';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import './my-account.css';

export function MyAccountRoute() {
  const { t } = useTranslation();
  const { user, roles } = useCurrentUser();
  return (
    <>
      <PageHeader title={t('account.title')} />
      {user.mustChangePassword ? (
        <div className="my-account__forced">
          <Alert tone="warning">{t('account.forced')}</Alert>
        </div>
      ) : null}
      <div className="my-account">
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title">{t('account.profile')}</h2>
          <ProfileFacts user={user} roles={roles} />
        </section>
        <section className="card" aria-labelledby="password-title">
          <h2 id="password-title">{t('account.changePassword')}</h2>
          <ChangePasswordForm login={user.login} />
        </section>
      </div>
    </>
  );
}
