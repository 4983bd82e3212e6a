import { useTranslation } from 'react-i18next';
import { TransparencyDashboard } from '../../features/public-service/components/TransparencyDashboard';
import { PublicPage } from '../layout/PublicLayout';

/** /transparansi — the public dashboard of service quality. */
export function PublicDashboardRoute() {
  const { t } = useTranslation();
  return <PublicPage title={t('publicService.dashboard.title')}><TransparencyDashboard /></PublicPage>;
}
