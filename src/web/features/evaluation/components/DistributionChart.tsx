import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { predikatOrder } from '../../../../domain/predikat';
import type { CalibrationView } from '../api/types';
import { useLabels } from '../hooks/use-labels';

/**
 * How many of the group hold each predikat, bars in a predikat broken by the curve in red.
 * Hidden from assistive technology: DistributionTable beside it carries the same numbers.
 */
export function DistributionChart({ view }: { view: CalibrationView }) {
  const labels = useLabels();
  const broken = new Set((view.check?.violations ?? []).flatMap((v) => v.predikat));
  const data = predikatOrder.map((p) => ({ key: p, name: labels.predikat(p), count: view.counts[p] }));
  return (
    <div className="eval-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 16, right: 8, bottom: 4, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} domain={[0, Math.max(view.total, 1)]} />
          <Bar dataKey="count" isAnimationActive={false} label={{ position: 'top', fontSize: 12, fill: '#1b2430' }}>
            {data.map((d) => (
              <Cell key={d.key} fill={broken.has(d.key) ? '#b3261e' : '#0b5394'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
