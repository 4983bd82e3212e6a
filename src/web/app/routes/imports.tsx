import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { ImportPanel } from '../../features/imports/components/ImportPanel';

export function ImportsRoute() {
  const { t } = useTranslation();
  const { roles } = useCurrentUser();
  return (
    <>
      <PageHeader title={t('imports.title')} intro={t('imports.intro')} />
      <ImportPanel opdOnly={!roles.includes('ADMIN_BKPSDM')} />
    </>
  );
}
