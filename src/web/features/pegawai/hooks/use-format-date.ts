import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** "28 November 2026" in the current language (dayjs follows i18next, see i18n/index.ts). */
export function useFormatDate(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (isoDate) => dayjs(isoDate).locale(language === 'en' ? 'en' : 'id').format('D MMMM YYYY');
}

/** Today on the user's clock, as the API writes dates. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

export const isIsoDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).isValid();
