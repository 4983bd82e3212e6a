import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/PageHeader';
import { PublicUnitPage } from '../../features/public-service/components/PublicUnitPage';
import { PublicLayout } from '../layout/PublicLayout';

/** /layanan/:slug — where a unit's QR code leads. */
export function PublicUnitRoute() {
  const { t } = useTranslation();
  usePageTitle(t('publicService.unit.pageTitle'));
  const { slug = '' } = useParams();
  return (
    <PublicLayout>
      <PublicUnitPage slug={slug} />
    </PublicLayout>
  );
}
