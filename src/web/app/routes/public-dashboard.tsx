import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/PageHeader';
import { TransparencyDashboard } from '../../features/public-service/components/TransparencyDashboard';
import { PublicLayout } from '../layout/PublicLayout';

/** /transparansi — the public dashboard of service quality. */
export function PublicDashboardRoute() {
  const { t } = useTranslation();
  usePageTitle(t('publicService.dashboard.title'));
  return (
    <PublicLayout>
      <TransparencyDashboard />
    </PublicLayout>
  );
}
