import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { OrganisationBrowser } from '../../features/organisation/components/OrganisationBrowser';

export function OrganisationRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('organisation.title')} intro={t('organisation.intro')} />
      <OrganisationBrowser />
    </>
  );
}
