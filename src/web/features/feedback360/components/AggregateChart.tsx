import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { FEEDBACK360_SCALE } from '../../../../shared/schemas/feedback360';
import type { Feedback360Aggregate } from '../api/types';

const ticks = Array.from({ length: FEEDBACK360_SCALE.max + 1 }, (_, i) => i);

/**
 * The mean per value as horizontal bars. Decorative for assistive technology: the table beside
 * it carries the same numbers.
 */
export function AggregateChart({ perValue }: { perValue: Feedback360Aggregate['perValue'] }) {
  const data = perValue.map((value) => ({ name: value.name, mean: Number(value.mean.toFixed(2)) }));
  return (
    <div className="fb360-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={data.length * 40 + 40}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, FEEDBACK360_SCALE.max]} ticks={ticks} allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} interval={0} />
          <Bar dataKey="mean" fill="#0b5394" barSize={20} isAnimationActive={false} label={{ position: 'right', fontSize: 12, fill: '#1b2430' }} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
