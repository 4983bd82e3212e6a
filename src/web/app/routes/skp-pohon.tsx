import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { PohonPanel } from '../../features/skp/components/PohonPanel';

export function SkpPohonRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('skp.pohon.title')} intro={t('skp.pohon.intro')} />
      <PohonPanel />
    </>
  );
}
