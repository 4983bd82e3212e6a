import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** "2 Maret 2026" in the current language (dayjs follows i18next, see i18n/index.ts). */
export function useFormatDate(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  return (isoDate) => dayjs(isoDate).locale(language).format('D MMMM YYYY');
}

/** Today on the user's clock, as the API writes dates. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
