import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { links, paths } from '../../../config/paths';
import { usePublicUnit } from '../api/public-units';
import { QrCard } from './QrCard';
import { UnitNotFound } from './UnitNotFound';
import './public-service.css';

/** The page a unit's QR code opens: complain, rate the service, print the code. */
export function PublicUnitPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const unit = usePublicUnit(slug);
  if (unit.isPending) return <Loading />;
  if (unit.isError) return <UnitNotFound error={unit.error} onRetry={() => void unit.refetch()} />;
  const { data } = unit;
  const dayWord = t(`publicService.unit.days.${data.dayKind}`);
  return (
    <div className="stack">
      <div className="ps-unit-head">
        <h1 tabIndex={-1}>{data.name}</h1>
        <p className="muted">
          {data.opdName} · {data.instansiName}
        </p>
        {data.address ? <p>{data.address}</p> : null}
      </div>
      <div className="ps-actions cluster">
        <Link className="button button--primary ps-actions__link" to={links.publicComplaint(data.slug)}>
          {t('publicService.unit.complain')}
        </Link>
        <Link className="button button--secondary ps-actions__link" to={links.publicIkm(data.slug)}>
          {t('publicService.unit.survey')}
        </Link>
      </div>
      <section className="card stack" aria-labelledby="ps-standards">
        <h2 id="ps-standards">{t('publicService.unit.standardsTitle')}</h2>
        <p>{t('publicService.unit.firstResponse', { days: data.firstResponseDays, kind: dayWord })}</p>
        <ul className="ps-standards">
          {data.categories.map((category) => (
            <li key={category.code}>
              {t(`publicService.category.${category.code}`)}: {t('publicService.unit.resolution', { days: category.resolutionDays, kind: dayWord })}
            </li>
          ))}
        </ul>
      </section>
      <QrCard unit={data} />
      <p className="ps-noprint">
        <Link to={paths.publicUnits}>{t('publicService.unit.allUnits')}</Link> · <Link to={paths.transparency}>{t('publicService.units.dashboardLink')}</Link>
      </p>
    </div>
  );
}
