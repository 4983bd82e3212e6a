import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { links, paths } from '../../../config/paths';
import { usePublicUnits } from '../api/public-units';
import { TicketLookup } from './TicketLookup';
import './public-service.css';

/** /layanan: every service unit of the city, the ticket lookup and the way to the dashboard. */
export function PublicUnitList() {
  const { t } = useTranslation();
  const units = usePublicUnits();
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('publicService.units.title')}</h1>
      <p>{t('publicService.units.intro')}</p>
      {units.isPending ? <Loading /> : null}
      {units.isError ? <ErrorMessage error={units.error} onRetry={() => void units.refetch()} /> : null}
      {units.data?.items.length === 0 ? <EmptyState title={t('publicService.units.empty')} /> : null}
      {units.data && units.data.items.length > 0 ? (
        <ul className="ps-unit-list">
          {units.data.items.map((unit) => (
            <li key={unit.slug}>
              <Link className="ps-unit-list__link" to={links.publicUnit(unit.slug)}>
                <span className="ps-unit-list__name">{unit.name}</span>
                <span className="muted">{unit.opdName}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <TicketLookup />
      <p>
        <Link to={paths.transparency}>{t('publicService.units.dashboardLink')}</Link>
      </p>
    </div>
  );
}
