import type { Predikat } from '../api/types';
import { useLabels } from '../hooks/use-labels';

const tone: Record<Predikat, string> = { SANGAT_BAIK: 'success', BAIK: 'success', BUTUH_PERBAIKAN: 'warning', KURANG: 'danger', SANGAT_KURANG: 'danger' };

export function PredikatBadge({ value }: { value: Predikat | null }) {
  const labels = useLabels();
  return <span className={`badge badge--${value ? tone[value] : 'neutral'}`}>{labels.predikat(value)}</span>;
}
