import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { paths } from '../../config/paths';
import { useSkp } from '../../features/skp/api/get-skp';
import { SkpDocument } from '../../features/skp/components/SkpDocument';

/** Someone else's SKP (the atasan's review); the server decides what may be done with it. */
export function SkpViewRoute() {
  const { t } = useTranslation();
  const skpId = useParams().skpId ?? '';
  const skp = useSkp(skpId);
  return (
    <>
      <p>
        <Link to={paths.skpTeam}>{t('skp.view.back')}</Link>
      </p>
      <PageHeader title={skp.data ? t('skp.view.title', { name: skp.data.pegawai.name }) : t('skp.view.titlePlain')} />
      <SkpDocument skpId={skpId} />
    </>
  );
}
