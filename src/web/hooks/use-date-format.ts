import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatShortDateTime } from '../lib/dates';

/** The formats of lib/dates.ts bound to the language chosen now; a missing date shows as "—". */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    date: (iso: string | null) => (iso ? formatDate(iso, language) : '—'),
    dateTime: (iso: string | null) => (iso ? formatDateTime(iso, language) : '—'),
    shortDateTime: (iso: string | null, options?: { seconds?: boolean }) => (iso ? formatShortDateTime(iso, language, options) : '—'),
  };
}
