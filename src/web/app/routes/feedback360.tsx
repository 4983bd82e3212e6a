import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { Feedback360Page } from '../../features/feedback360/components/Feedback360Page';

export function Feedback360Route() {
  const { t } = useTranslation();
  const { user, roles } = useCurrentUser();
  return (
    <>
      <PageHeader title={t('feedback360.title')} intro={t('feedback360.intro')} />
      <Feedback360Page myPegawaiId={user.pegawaiId} isLeader={roles.includes('ATASAN')} />
    </>
  );
}
