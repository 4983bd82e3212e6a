import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { AccountsPanel } from '../../features/accounts/components/AccountsPanel';

export function RolesRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('roles.title')} intro={t('roles.intro')} />
      <AccountsPanel />
    </>
  );
}
