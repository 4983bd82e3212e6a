import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isServerUnreachable, subscribeServerReachability } from '../lib/network-status';
import './offline-banner.css';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const unreachable = useSyncExternalStore(subscribeServerReachability, isServerUnreachable);
  const message = !online ? t('errors.offline') : unreachable ? t('errors.unreachable') : null;
  return (
    <div className="offline-banner" role="status" hidden={!message}>
      {message}
    </div>
  );
}
