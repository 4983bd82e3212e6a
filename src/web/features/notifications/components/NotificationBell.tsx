import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/get-notifications';
import './notifications.css';

interface NotificationBellProps {
  to: string;
  /** Off while the account must change its password: every other call is refused then. */
  enabled: boolean;
}

/** The header's bell: a link to the notifications page with the unread count, polled every minute. */
export function NotificationBell({ to, enabled }: NotificationBellProps) {
  const { t } = useTranslation();
  const unread = useUnreadCount(enabled);
  const count = unread.data;
  const label = count === undefined ? t('notifications.bell') : t('notifications.bellCount', { n: count });
  return (
    <Link to={to} className="notification-bell" aria-label={label} title={label}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M6 9a6 6 0 1112 0c0 5 2 6.5 2 6.5H4S6 14 6 9zM10 19a2 2 0 004 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {count ? (
        <span className="notification-bell__badge" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
