import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicUnitPage } from '../../features/public-service/components/PublicUnitPage';
import { PublicPage } from '../layout/PublicLayout';

/** /layanan/:slug — where a unit's QR code leads. */
export function PublicUnitRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return <PublicPage title={t('publicService.unit.pageTitle')}><PublicUnitPage slug={slug} /></PublicPage>;
}
