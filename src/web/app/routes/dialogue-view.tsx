import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { paths } from '../../config/paths';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { DialogueDetail } from '../../features/dialogue/components/DialogueDetail';

export function DialogueViewRoute() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { dialogueId = '' } = useParams();
  return (
    <>
      <PageHeader title={t('dialogue.title')} />
      <DialogueDetail dialogueId={dialogueId} myPegawaiId={user.pegawaiId} logPath={paths.dialogue} />
    </>
  );
}
