import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { canOpen } from '../../config/access';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { PegawaiListPanel } from '../../features/pegawai/components/PegawaiListPanel';

/** "Pegawai" for roles that see an OPD or the city; "Tim saya" for everyone else (themselves and their team). */
export function PegawaiListRoute() {
  const { t } = useTranslation();
  const { roles } = useCurrentUser();
  const wide = canOpen('organisation', roles);
  const atasan = roles.includes('ATASAN');
  const title = wide ? t('pegawai.listTitle') : t('pegawai.teamTitle');
  const intro = wide ? t('pegawai.listIntro') : atasan ? t('pegawai.teamIntroAtasan') : t('pegawai.teamIntro');
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <PegawaiListPanel
        mode="all"
        canReadUnits={wide}
        showFilters={wide || atasan}
        caption={title}
        empty={{ title: t('pegawai.empty'), hint: t('pegawai.emptyHint') }}
      />
    </>
  );
}
