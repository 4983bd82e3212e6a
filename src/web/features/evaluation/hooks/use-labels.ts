import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrgPredikat, Predikat, Rating } from '../api/types';

/** Names of the ratings and predikat in the UI language (the official Indonesian ones in `id`). */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  return {
    rating: (value: Rating | null) => (value ? t(`evaluation.rating.${value}`) : '—'),
    predikat: (value: Predikat | null) => (value ? t(`evaluation.predikat.${value}`) : '—'),
    orgPredikat: (value: OrgPredikat | null) => (value ? t(`evaluation.orgPredikat.${value}`) : '—'),
    date: (iso: string | null) => (iso ? dayjs(iso).locale(language).format('D MMMM YYYY') : '—'),
    dateTime: (iso: string | null) => (iso ? dayjs(iso).locale(language).format('D MMMM YYYY HH:mm') : '—'),
  };
}

export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
