import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { PegawaiListPanel } from '../../features/pegawai/components/PegawaiListPanel';

export function IncompleteChainsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pegawai.incomplete.title')} intro={t('pegawai.incomplete.intro')} />
      <PegawaiListPanel
        mode="incomplete"
        canReadUnits
        caption={t('pegawai.incomplete.title')}
        empty={{ title: t('pegawai.incomplete.empty'), hint: t('pegawai.incomplete.emptyHint') }}
      />
    </>
  );
}
