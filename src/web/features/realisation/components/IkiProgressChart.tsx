import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SkpProgressView } from '../../../../shared/schemas/execution';
import { Button } from '../../../components/Button';
import { formatAmount, formatNumber, formatPercent, periodAxisLabel } from '../utils/format';

type IkiProgress = SkpProgressView['iki'][number];

const colors = { value: '#0b5394', ytd: '#1e6b34', target: '#b3261e' };

/**
 * One IKI: bars for each period's realisation, a line for the year to date as the accumulation
 * rule adds it up, and the target as a dashed line. Screen readers get the caption and a table
 * (the drawing is hidden from them); sighted users can open the same table.
 */
export function IkiProgressChart({ iki, periods }: { iki: IkiProgress; periods: SkpProgressView['periods'] }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const [tableShown, setTableShown] = useState(false);
  const points = new Map(iki.points.map((point) => [point.periodId, point]));
  const data = periods.map((period) => {
    const point = points.get(period.id);
    return { name: periodAxisLabel(period.name), fullName: period.name, value: point?.value ?? null, ytd: point?.yearToDate ?? null, capaian: point?.capaian ?? null, target: iki.targetValue };
  });
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, i18n.language) : '—');
  const ytdLabel = t(`realisation.chart.ytd.${iki.accumulation}`);
  return (
    <figure className="progress-chart card" aria-labelledby={captionId}>
      <figcaption id={captionId} className="progress-chart__caption">
        <strong>{iki.indicator}</strong>
        <span className="muted">
          {' '}
          — {t('realisation.chart.caption', { target: formatAmount(iki.targetValue, iki.satuan, i18n.language), direction: t(`realisation.direction.${iki.direction}`), accumulation: t(`realisation.accumulation.${iki.accumulation}`) })}
        </span>
      </figcaption>
      <div className="progress-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
            <YAxis tick={{ fontSize: 12 }} width={44} tickFormatter={format} domain={[0, 'auto']} />
            <Tooltip formatter={(value) => format(value)} labelFormatter={(_label, payload) => String(payload[0]?.payload?.fullName ?? '')} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="value" name={t('realisation.chart.value')} fill={colors.value} isAnimationActive={false} />
            <Line dataKey="ytd" name={ytdLabel} stroke={colors.ytd} strokeWidth={2} connectNulls isAnimationActive={false} />
            {/* The target as a series of its own: it sets the axis even before any realisation, and has a legend entry. */}
            <Line dataKey="target" name={t('realisation.chart.target')} stroke={colors.target} strokeDasharray="6 4" strokeWidth={2} dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Button size="sm" variant="ghost" onClick={() => setTableShown((shown) => !shown)} aria-expanded={tableShown}>
        {tableShown ? t('realisation.chart.hideTable') : t('realisation.chart.showTable')}
      </Button>
      <div className={tableShown ? 'progress-chart__table' : 'visually-hidden'}>
        <table className="data-table">
          <caption>{t('realisation.chart.tableCaption', { indicator: iki.indicator })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('realisation.chart.period')}</th>
              <th scope="col">{t('realisation.chart.value')}</th>
              <th scope="col">{ytdLabel}</th>
              <th scope="col">{t('realisation.chart.capaian')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.fullName}>
                <th scope="row">{row.fullName}</th>
                <td>{formatAmount(row.value, iki.satuan, i18n.language)}</td>
                <td>{formatAmount(row.ytd, iki.satuan, i18n.language)}</td>
                <td>{formatPercent(row.capaian, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
