import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { TeamRealisation } from '../../features/realisation/components/TeamRealisation';

export function RealisationTeamRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('realisation.page.teamTitle')} intro={t('realisation.page.teamIntro')} />
      <TeamRealisation />
    </>
  );
}
