import { useTranslation } from 'react-i18next';
import { printedIndex } from '../../../../domain/ikm';
import { Alert } from '../../../components/Alert';
import { QueryState } from '../../../components/QueryState';
import { ikmReportUrl, useIkmResult } from '../api/ikm-result';
import { useLabels } from '../hooks/use-labels';
import { IkmBurstsSection } from './IkmBurstsSection';

/** The result as the regulation's table: unsur, total score, NRR, NRR × bobot; then index and mutu. */
export function IkmResultPanel({ unitId, periodId }: { unitId: string; periodId: string }) {
  const { t } = useTranslation();
  const label = useLabels();
  const result = useIkmResult(unitId, periodId);
  if (!result.isSuccess) return <QueryState query={result} />;
  const r = result.data;
  const num = (value: number | null, digits = 3) => (value === null ? '–' : label.number(value, digits));
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="ps-ikm-summary">
        <h2 id="ps-ikm-summary">
          {r.unitName} · {r.period.label}
        </h2>
        <dl className="ps-facts">
          <dt>{t('publicService.ikmResult.respondents')}</dt>
          <dd>{r.respondents}</dd>
          <dt>{t('publicService.ikmResult.index')}</dt>
          <dd data-testid="ikm-index">{num(r.index === null ? null : printedIndex(r.index), 2)}</dd>
          <dt>{t('publicService.ikmResult.mutu')}</dt>
          <dd>{r.mutu ? `${r.mutu} (${r.mutuLabel ?? ''})` : '–'}</dd>
          <dt>{t('publicService.ikmResult.weight')}</dt>
          <dd>{label.number(r.weight, 3)}</dd>
        </dl>
        {r.belowMinimum ? (
          <Alert tone="warning" title={t('publicService.ikmResult.belowMinimumTitle')} live={false}>
            <p>{t('publicService.ikmResult.belowMinimum', { count: r.respondents, min: r.minRespondents })}</p>
          </Alert>
        ) : null}
        <p className="ps-downloads cluster">
          <a className="button button--secondary" href={ikmReportUrl(unitId, periodId, 'pdf')} download>
            {t('publicService.ikmResult.pdf')}
          </a>
          <a className="button button--secondary" href={ikmReportUrl(unitId, periodId, 'xlsx')} download>
            {t('publicService.ikmResult.xlsx')}
          </a>
        </p>
      </section>
      <IkmBurstsSection result={r} />
      <div className="table-wrap">
        <table className="ps-dash-table">
          <caption>{t('publicService.ikmResult.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('publicService.ikmResult.code')}</th>
              <th scope="col">{t('publicService.ikmResult.unsur')}</th>
              <th scope="col">{t('publicService.ikmResult.total')}</th>
              <th scope="col">{t('publicService.ikmResult.nrr')}</th>
              <th scope="col">{t('publicService.ikmResult.nrrWeighted')}</th>
            </tr>
          </thead>
          <tbody>
            {r.unsur.map((u) => (
              <tr key={u.code}>
                <td>{u.code}</td>
                <th scope="row">{u.name}</th>
                <td>{u.total}</td>
                <td>{num(u.nrr)}</td>
                <td>{num(u.nrrWeighted)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('publicService.ikmResult.nrrWeightedTotal')}
              </th>
              <td>{num(r.nrrWeightedTotal)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {r.comments.length > 0 ? (
        <section className="card stack" aria-labelledby="ps-ikm-comments">
          <h2 id="ps-ikm-comments">{t('publicService.ikmResult.comments')}</h2>
          <ul className="ps-comments">
            {r.comments.map((c, index) => (
              <li key={`${c.at}-${index}`}>
                <p className="ps-prewrap">{c.text}</p>
                <p className="ps-sub muted">{label.date(c.at)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
