import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ApprovalQueue } from '../../features/skp/components/ApprovalQueue';

export function SkpTeamRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('skp.queue.title')} intro={t('skp.queue.intro')} />
      <ApprovalQueue />
    </>
  );
}
