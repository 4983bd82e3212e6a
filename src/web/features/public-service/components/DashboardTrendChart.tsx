import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { printedIndex } from '../../../../domain/ikm';
import { useTranslation } from 'react-i18next';
import type { PublicDashboard } from '../api/types';

type Unit = PublicDashboard['units'][number];

/**
 * The unit's trend per period: IKM index and the share of complaints decided in time, both 0–100.
 * Hidden (too small) groups are gaps, not zeros. Decorative for assistive technology: the table
 * below carries the same numbers.
 */
export function DashboardTrendChart({ unit, periods }: { unit: Unit; periods: PublicDashboard['periods'] }) {
  const { t } = useTranslation();
  const data = periods.map((period) => {
    const cell = unit.periods.find((c) => c.periodId === period.id);
    return {
      name: period.name,
      ikm: cell?.ikm ? printedIndex(cell.ikm.index) : null,
      onTime: cell?.complaints?.onTimePct == null ? null : Number(cell.complaints.onTimePct.toFixed(1)),
    };
  });
  if (data.every((d) => d.ikm === null && d.onTime === null)) return null;
  return (
    <div className="ps-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: -12 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="ikm" name={t('publicService.dashboard.ikmIndex')} stroke="#0b5394" strokeWidth={2} connectNulls={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="onTime" name={t('publicService.dashboard.onTimePct')} stroke="#b45309" strokeWidth={2} strokeDasharray="5 3" connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
