import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { QueryState } from '../../../components/QueryState';
import { LoadMore } from '../../../components/LoadMore';
import { useDateFormat } from '../../../hooks/use-date-format';
import { useNotifications, type NotificationItem } from '../api/get-notifications';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import './notifications.css';

/** Every notification, newest first; opening one marks it read and goes to what it is about. */
export function NotificationList() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useNotifications(unreadOnly);
  const markAll = useMarkAllRead();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = query.data?.pages[0]?.unreadCount ?? 0;

  return (
    <div className="stack">
      <div className="notification-toolbar">
        <label className="notification-toolbar__check">
          <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />
          {t('notifications.unreadOnly')}
        </label>
        <p className="notification-toolbar__count" role="status">
          {query.data ? t('notifications.unreadCount', { n: unreadCount }) : ''}
        </p>
        <Button variant="secondary" size="sm" onClick={() => markAll.mutate()} disabled={unreadCount === 0} busy={markAll.isPending} busyLabel={t('common.saving')}>
          {t('notifications.markAll')}
        </Button>
      </div>
      {markAll.error ? <ErrorMessage error={markAll.error} /> : null}
      <QueryState query={query} empty={{ isEmpty: () => items.length === 0, title: unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty') }}>
        {() => (
          <>
            <ul className="notification-list" aria-label={t('notifications.listLabel')}>
              {items.map((item) => (
                <NotificationRow key={item.id} item={item} />
              ))}
            </ul>
            <LoadMore query={query} />
          </>
        )}
      </QueryState>
    </div>
  );
}

function NotificationRow({ item }: { item: NotificationItem }) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const when = useDateFormat().shortDateTime(item.createdAt);
  const open = () => {
    if (!item.read) markRead.mutate(item.id);
  };
  const title = item.title;
  return (
    <li className={`notification${item.read ? '' : ' notification--unread'}`}>
      <span className="notification__dot" aria-hidden="true" />
      <div className="notification__content">
        <p className="notification__title">
          {/* Outside the link, so the link's name is the title alone. */}
          {item.read ? null : <span className="visually-hidden">{t('notifications.unreadMark')} </span>}
          {item.link?.startsWith('/') ? (
            <Link to={item.link} onClick={open}>
              {title}
            </Link>
          ) : item.link ? (
            <a href={item.link} onClick={open}>
              {title}
            </a>
          ) : (
            title
          )}
        </p>
        {item.body ? <p className="notification__body">{item.body}</p> : null}
        <p className="notification__meta muted">
          <time dateTime={item.createdAt}>{when}</time>
        </p>
      </div>
      {!item.read && !item.link ? (
        <Button variant="ghost" size="sm" onClick={open} busy={markRead.isPending} aria-label={t('notifications.markOneNamed', { title: item.title })}>
          {t('notifications.markOne')}
        </Button>
      ) : null}
    </li>
  );
}
