import { useParams } from 'react-router';
import { StatusPage } from '../../components/StatusPage';
import { canOpen } from '../../config/access';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { PegawaiProfile } from '../../features/pegawai/components/PegawaiProfile';

export function PegawaiProfileRoute() {
  const { pegawaiId = '' } = useParams();
  const { user, roles } = useCurrentUser();
  if (!/^\d{1,18}$/.test(pegawaiId)) return <StatusPage status={404} />;
  // Keyed by id: another person's profile starts fresh (no dialog or notice carried over).
  return <PegawaiProfile key={pegawaiId} pegawaiId={pegawaiId} isSelf={user.pegawaiId === pegawaiId} linkOrganisation={canOpen('organisation', roles)} />;
}
