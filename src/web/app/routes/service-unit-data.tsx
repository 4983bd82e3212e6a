import { Navigate, useParams, useSearchParams } from 'react-router';
import { paths } from '../../config/paths';

/**
 * /layanan/unit/:id?periode=…&data=ikm|pengaduan — the link a service-fed indicator shows
 * (serviceUnitDataPath in the shared schema): the unit's IKM or its complaints for that period.
 */
export function ServiceUnitDataRoute() {
  const { serviceUnitId = '' } = useParams();
  const [params] = useSearchParams();
  const target = new URLSearchParams({ unit: serviceUnitId });
  const period = params.get('periode');
  if (period) target.set('periode', period);
  if (params.get('data') === 'ikm') return <Navigate replace to={`${paths.serviceIkm}?${target.toString()}`} />;
  target.set('status', 'ALL');
  return <Navigate replace to={`${paths.serviceInbox}?${target.toString()}`} />;
}
