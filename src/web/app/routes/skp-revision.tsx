import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { paths } from '../../config/paths';
import { RevisionView } from '../../features/skp/components/RevisionView';

export function SkpRevisionRoute() {
  const { t } = useTranslation();
  const params = useParams();
  const revision = Number(params.revision ?? '1');
  return (
    <>
      <p>
        <Link to={paths.skpMine}>{t('skp.view.backMine')}</Link>
      </p>
      <PageHeader title={t('skp.revisions.viewTitle', { n: revision })} />
      <RevisionView skpId={params.skpId ?? ''} revision={revision} />
    </>
  );
}
