import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/PageHeader';
import { PublicIkmPage } from '../../features/public-service/components/PublicIkmPage';
import { PublicLayout } from '../layout/PublicLayout';

/** /layanan/:slug/survei — the satisfaction survey, anonymous. */
export function PublicIkmRoute() {
  const { t } = useTranslation();
  usePageTitle(t('publicService.ikm.title'));
  const { slug = '' } = useParams();
  return (
    <PublicLayout>
      <PublicIkmPage slug={slug} />
    </PublicLayout>
  );
}
