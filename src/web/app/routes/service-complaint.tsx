import { useParams } from 'react-router';
import { ComplaintDetailView } from '../../features/public-service/components/ComplaintDetailView';

/** /layanan/pengaduan/:complaintId — one complaint, where notifications link. */
export function ServiceComplaintRoute() {
  const { complaintId = '' } = useParams();
  return <ComplaintDetailView id={complaintId} />;
}
