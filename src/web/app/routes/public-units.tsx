import { useTranslation } from 'react-i18next';
import { PublicUnitList } from '../../features/public-service/components/PublicUnitList';
import { PublicPage } from '../layout/PublicLayout';

/** /layanan: the city's service units, without signing in. */
export function PublicUnitsRoute() {
  const { t } = useTranslation();
  return <PublicPage title={t('publicService.units.title')}><PublicUnitList /></PublicPage>;
}
