import { useTranslation } from 'react-i18next';
import type { Predikat } from '../api/types';
import { useLabels } from '../hooks/use-labels';

const tone: Record<Predikat, string> = { SANGAT_BAIK: 'success', BAIK: 'success', BUTUH_PERBAIKAN: 'warning', KURANG: 'danger', SANGAT_KURANG: 'danger' };

/** A predikat; `provisional` (rated, not yet finalised) labels it "sementara": calibration may still change it. */
export function PredikatBadge({ value, provisional = false }: { value: Predikat | null; provisional?: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const label = labels.predikat(value);
  return <span className={`badge badge--${value ? tone[value] : 'neutral'}`}>{value && provisional ? t('evaluation.provisional', { predikat: label }) : label}</span>;
}
