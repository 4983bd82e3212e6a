import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/PageHeader';
import { PublicComplaintPage } from '../../features/public-service/components/PublicComplaintPage';
import { PublicLayout } from '../layout/PublicLayout';

/** /layanan/:slug/pengaduan — file a complaint without an account. */
export function PublicComplaintRoute() {
  const { t } = useTranslation();
  usePageTitle(t('publicService.complaint.title'));
  const { slug = '' } = useParams();
  return (
    <PublicLayout>
      <PublicComplaintPage slug={slug} />
    </PublicLayout>
  );
}
