import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../hooks/use-date-format';
import type { OrgPredikat, Predikat, Rating } from '../api/types';

/** Names of the ratings and predikat in the UI language (the official Indonesian ones in `id`). */
export function useLabels() {
  const { t } = useTranslation();
  const { date, dateTime } = useDateFormat();
  return {
    rating: (value: Rating | null) => (value ? t(`evaluation.rating.${value}`) : '—'),
    predikat: (value: Predikat | null) => (value ? t(`evaluation.predikat.${value}`) : '—'),
    orgPredikat: (value: OrgPredikat | null) => (value ? t(`evaluation.orgPredikat.${value}`) : '—'),
    date,
    dateTime,
  };
}
