import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { links } from '../../../config/paths';
import type { PublicDashboard } from '../api/types';
import { useLabels } from '../hooks/use-labels';
import { DashboardTrendChart } from './DashboardTrendChart';

type Unit = PublicDashboard['units'][number];
type Cell = Unit['periods'][number];

/** One unit on the dashboard: the trend chart and the same numbers as a table, per period. */
export function DashboardUnitCard({ unit, periods }: { unit: Unit; periods: PublicDashboard['periods'] }) {
  const { t } = useTranslation();
  const label = useLabels();
  const tooFew = <span className="muted">{t('publicService.dashboard.tooFew')}</span>;
  const none = <span className="muted">–</span>;
  const ikmCell = (cell: Cell | undefined) =>
    cell?.ikm ? (
      <>
        {label.number(cell.ikm.index)} <span className="badge badge--neutral">{`${cell.ikm.mutu} · ${cell.ikm.mutuLabel}`}</span>
        <span className="ps-sub muted">{t('publicService.dashboard.respondents', { count: cell.ikm.respondents })}</span>
      </>
    ) : cell?.ikmHidden ? (
      tooFew
    ) : (
      none
    );
  const complaintCell = (cell: Cell | undefined) =>
    cell?.complaints ? (
      <>
        {t('publicService.dashboard.received', { count: cell.complaints.received })}
        <span className="ps-sub">
          {cell.complaints.onTimePct === null
            ? t('publicService.dashboard.noneDecided')
            : t('publicService.dashboard.onTime', { onTime: cell.complaints.onTime, decided: cell.complaints.decided, pct: label.number(cell.complaints.onTimePct, 1) })}
        </span>
      </>
    ) : cell?.complaintsHidden ? (
      tooFew
    ) : (
      none
    );
  const headingId = `ps-dash-${unit.slug}`;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId} className="ps-dash__unit">
          <Link to={links.publicUnit(unit.slug)}>{unit.name}</Link>
        </h2>
        <p className="muted">{unit.opdName}</p>
      </div>
      <DashboardTrendChart unit={unit} periods={periods} />
      <div className="table-wrap">
        <table className="ps-dash-table">
          <caption className="visually-hidden">{t('publicService.dashboard.caption', { unit: unit.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('publicService.dashboard.period')}</th>
              <th scope="col">{t('publicService.dashboard.ikm')}</th>
              <th scope="col">{t('publicService.dashboard.complaints')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => {
              const cell = unit.periods.find((c) => c.periodId === period.id);
              return (
                <tr key={period.id}>
                  <th scope="row">{period.name}</th>
                  <td>{ikmCell(cell)}</td>
                  <td>{complaintCell(cell)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
