import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/Field';
import { EmptyState } from '../../../components/EmptyState';
import { QueryState } from '../../../components/QueryState';
import { paths } from '../../../config/paths';
import { useDashboard } from '../api/dashboard';
import { DashboardUnitCard } from './DashboardUnitCard';
import './public-service.css';

/** /transparansi: per unit and period, the IKM and complaints handled in time; small groups hidden. */
export function TransparencyDashboard() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | undefined>();
  const dashboard = useDashboard(year);
  const shownYear = year ?? dashboard.data?.year ?? new Date().getFullYear();
  const years = [0, 1, 2].map((back) => (dashboard.data?.year ?? new Date().getFullYear()) - back);
  return (
    <div className="stack ps-wide">
      <h1 tabIndex={-1}>{t('publicService.dashboard.title')}</h1>
      <p>{t('publicService.dashboard.intro', { instansi: dashboard.data?.instansiName ?? '' })}</p>
      <div className="ps-filters">
        <SelectField
          label={t('publicService.dashboard.year')}
          value={String(shownYear)}
          onChange={(event) => setYear(Number(event.target.value))}
          options={[...new Set([shownYear, ...years])].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      {dashboard.data ? (
        <p className="muted">{t('publicService.dashboard.privacy', { responses: dashboard.data.minResponses, complaints: dashboard.data.minComplaints })}</p>
      ) : null}
      {!dashboard.isSuccess ? <QueryState query={dashboard} /> : null}
      {dashboard.data && (dashboard.data.units.length === 0 || dashboard.data.periods.length === 0) ? <EmptyState title={t('publicService.dashboard.empty')} /> : null}
      {dashboard.data && dashboard.data.periods.length > 0
        ? dashboard.data.units.map((unit) => <DashboardUnitCard key={unit.slug} unit={unit} periods={dashboard.data.periods} />)
        : null}
      <p>
        <Link to={paths.publicUnits}>{t('publicService.unit.allUnits')}</Link>
      </p>
    </div>
  );
}
