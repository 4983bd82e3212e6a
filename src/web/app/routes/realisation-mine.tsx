import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { MyRealisation } from '../../features/realisation/components/MyRealisation';

/** /realisasi (or /realisasi?skp=ID from an SKP page): resolves the period to open and redirects there. */
export function RealisationMineRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const skpId = search.get('skp');
  return (
    <>
      <PageHeader title={t('realisation.page.mineTitle')} />
      <MyRealisation skpId={skpId && /^\d{1,18}$/.test(skpId) ? skpId : null} />
    </>
  );
}
