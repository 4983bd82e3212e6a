import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { MySkp } from '../../features/skp/components/MySkp';

export function SkpMineRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('skp.mine.title')} intro={t('skp.mine.intro')} />
      <MySkp />
    </>
  );
}
