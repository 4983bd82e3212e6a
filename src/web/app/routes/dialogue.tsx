import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { DialogueLog } from '../../features/dialogue/components/DialogueLog';

export function DialogueRoute() {
  const { t } = useTranslation();
  const { user, roles } = useCurrentUser();
  const isLeader = roles.includes('ATASAN');
  return (
    <>
      <PageHeader title={t('dialogue.title')} intro={isLeader ? t('dialogue.introLeader') : t('dialogue.intro')} />
      <DialogueLog myPegawaiId={user.pegawaiId} isLeader={isLeader} />
    </>
  );
}
