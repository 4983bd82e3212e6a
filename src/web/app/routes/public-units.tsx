import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/PageHeader';
import { PublicUnitList } from '../../features/public-service/components/PublicUnitList';
import { PublicLayout } from '../layout/PublicLayout';

/** /layanan: the city's service units, without signing in. */
export function PublicUnitsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('publicService.units.title'));
  return (
    <PublicLayout>
      <PublicUnitList />
    </PublicLayout>
  );
}
