import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { links } from '../../../config/paths';
import { usePublicUnit } from '../api/public-units';
import { IkmSurveyForm } from './IkmSurveyForm';
import { UnitNotFound } from './UnitNotFound';
import './public-service.css';

/** /layanan/:slug/survei — the Survei Kepuasan Masyarakat of one unit. */
export function PublicIkmPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const unit = usePublicUnit(slug);
  if (unit.isPending) return <Loading />;
  if (unit.isError) return <UnitNotFound error={unit.error} onRetry={() => void unit.refetch()} />;
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('publicService.ikm.title')}</h1>
      <p className="muted">{unit.data.name}</p>
      <div className="card">
        <IkmSurveyForm unit={unit.data} />
      </div>
      <p>
        <Link to={links.publicUnit(slug)}>{t('publicService.backToUnit', { name: unit.data.name })}</Link>
      </p>
    </div>
  );
}
