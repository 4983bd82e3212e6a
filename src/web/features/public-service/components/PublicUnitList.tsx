import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { links, paths } from '../../../config/paths';
import { usePublicUnits } from '../api/public-units';
import { TicketLookup } from './TicketLookup';
import { QueryState } from '../../../components/QueryState';
import './public-service.css';

/** /layanan: every service unit of the city, the ticket lookup and the way to the dashboard. */
export function PublicUnitList() {
  const { t } = useTranslation();
  const units = usePublicUnits();
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('publicService.units.title')}</h1>
      <p>{t('publicService.units.intro')}</p>
      <QueryState query={units} empty={{ isEmpty: (data) => data.items.length === 0, title: t('publicService.units.empty') }}>
        {(data) => (
          <ul className="ps-unit-list">
            {data.items.map((unit) => (
              <li key={unit.slug}>
                <Link className="ps-unit-list__link" to={links.publicUnit(unit.slug)}>
                  <span className="ps-unit-list__name">{unit.name}</span>
                  <span className="muted">{unit.opdName}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <TicketLookup />
      <p>
        <Link to={paths.transparency}>{t('publicService.units.dashboardLink')}</Link>
      </p>
    </div>
  );
}
