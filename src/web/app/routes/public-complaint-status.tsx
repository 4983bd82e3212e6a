import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/PageHeader';
import { ComplaintStatusView } from '../../features/public-service/components/ComplaintStatusView';
import { PublicLayout } from '../layout/PublicLayout';

/** /pengaduan/:ticket — anyone holding the ticket follows the complaint here. */
export function PublicComplaintStatusRoute() {
  const { t } = useTranslation();
  usePageTitle(t('publicService.status.pageTitle'));
  const { ticket = '' } = useParams();
  return (
    <PublicLayout>
      <ComplaintStatusView ticket={ticket} />
    </PublicLayout>
  );
}
