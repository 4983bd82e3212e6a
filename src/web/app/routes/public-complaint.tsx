import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicComplaintPage } from '../../features/public-service/components/PublicComplaintPage';
import { PublicPage } from '../layout/PublicLayout';

/** /layanan/:slug/pengaduan — file a complaint without an account. */
export function PublicComplaintRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return <PublicPage title={t('publicService.complaint.title')}><PublicComplaintPage slug={slug} /></PublicPage>;
}
