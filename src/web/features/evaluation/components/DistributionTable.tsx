import { useTranslation } from 'react-i18next';
import type { CalibrationView, CurveViolation, Predikat } from '../api/types';
import { useLabels } from '../hooks/use-labels';

/** "Baik atau Sangat Baik": the predikat a rule counts, in words. */
function usePredikatList() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (list: Predikat[]) => list.map(labels.predikat).join(` ${t('evaluation.curve.or')} `);
}

/** A violation of the curve as a sentence, e.g. "Paling banyak 3 pegawai Baik; sekarang 5". */
export function useDescribeViolation() {
  const { t } = useTranslation();
  const names = usePredikatList();
  return (v: CurveViolation) => t(`evaluation.curve.violation.${v.rule}`, { predikat: names(v.predikat), limit: v.limit, actual: v.actual });
}

/** The accessible twin of the chart: each rule of the curve, what it allows and what the group has. */
export function DistributionTable({ view }: { view: CalibrationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const names = usePredikatList();
  const broken = (rule: CalibrationView['allowed'][number]) =>
    (view.check?.violations ?? []).some((v) => v.rule === rule.rule && v.predikat.join() === rule.predikat.join());
  return (
    <div className="stack">
      <table className="eval-mini-table">
        <caption>{t('evaluation.curve.countsCaption', { total: view.total, rated: view.rated })}</caption>
        <thead>
          <tr><th scope="col">{t('evaluation.curve.predikat')}</th><th scope="col">{t('evaluation.curve.count')}</th></tr>
        </thead>
        <tbody>
          {(Object.keys(view.counts) as Predikat[]).map((p) => (
            <tr key={p}><td>{labels.predikat(p)}</td><td>{view.counts[p]}</td></tr>
          ))}
        </tbody>
      </table>
      {view.allowed.length > 0 ? (
        <table className="eval-mini-table">
          <caption>{t('evaluation.curve.allowedCaption', { org: labels.orgPredikat(view.orgPredikat) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('evaluation.curve.rule')}</th>
              <th scope="col">{t('evaluation.curve.allowed')}</th>
              <th scope="col">{t('evaluation.curve.actual')}</th>
            </tr>
          </thead>
          <tbody>
            {view.allowed.map((rule) => (
              <tr key={`${rule.rule}-${rule.predikat.join()}`} className={broken(rule) ? 'eval-row--broken' : undefined}>
                <td>{names(rule.predikat)}</td>
                <td>{rule.min === rule.max ? rule.min : `${rule.min}–${rule.max}`}</td>
                <td>
                  {rule.predikat.reduce((sum, p) => sum + view.counts[p], 0)}
                  {broken(rule) ? ` (${t('evaluation.curve.broken')})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
