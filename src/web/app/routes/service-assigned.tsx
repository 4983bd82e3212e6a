import { AssignedComplaints } from '../../features/public-service/components/AssignedComplaints';

/** /pengaduan-saya — the complaints dispatched to me. */
export function ServiceAssignedRoute() {
  return <AssignedComplaints />;
}
