import { ComplaintInbox } from '../../features/public-service/components/ComplaintInbox';

/** /pengaduan-layanan — the service unit's complaint inbox. */
export function ServiceInboxRoute() {
  return <ComplaintInbox />;
}
