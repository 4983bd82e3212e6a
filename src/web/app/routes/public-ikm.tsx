import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicIkmPage } from '../../features/public-service/components/PublicIkmPage';
import { PublicPage } from '../layout/PublicLayout';

/** /layanan/:slug/survei — the satisfaction survey, anonymous. */
export function PublicIkmRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return <PublicPage title={t('publicService.ikm.title')}><PublicIkmPage slug={slug} /></PublicPage>;
}
