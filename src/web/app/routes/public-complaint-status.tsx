import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ComplaintStatusView } from '../../features/public-service/components/ComplaintStatusView';
import { PublicPage } from '../layout/PublicLayout';

/** /pengaduan/:ticket — anyone holding the ticket follows the complaint here. */
export function PublicComplaintStatusRoute() {
  const { t } = useTranslation();
  const { ticket = '' } = useParams();
  return <PublicPage title={t('publicService.status.pageTitle')}><ComplaintStatusView ticket={ticket} /></PublicPage>;
}
