import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { CascadeMatrix } from '../../features/skp/components/CascadeMatrix';

export function SkpMatrixRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('skp.matrix.title')} intro={t('skp.matrix.intro')} />
      <CascadeMatrix />
    </>
  );
}
