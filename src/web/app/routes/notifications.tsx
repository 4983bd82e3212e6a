import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { NotificationList } from '../../features/notifications/components/NotificationList';

export function NotificationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notifications.title')} intro={t('notifications.intro')} />
      <NotificationList />
    </>
  );
}
