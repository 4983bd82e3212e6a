import dayjs from 'dayjs';
import 'dayjs/locale/id';

/**
 * Every date the app shows, in the language chosen (i18n/index.ts): dates in full ("2 Maret 2026"),
 * times with the language's own mark (Bahasa Indonesia writes "08.15", English "08:15").
 */
const locale = (language: string) => (language === 'en' ? 'en' : 'id');
const timeOfDay = (language: string, seconds: boolean) => {
  const mark = language === 'en' ? ':' : '.';
  return seconds ? `HH${mark}mm${mark}ss` : `HH${mark}mm`;
};

/** "2 Maret 2026" */
export function formatDate(iso: string, language: string): string {
  return dayjs(iso).locale(locale(language)).format('D MMMM YYYY');
}

/** "2 Maret 2026 08.15" */
export function formatDateTime(iso: string, language: string): string {
  return dayjs(iso).locale(locale(language)).format(`D MMMM YYYY ${timeOfDay(language, false)}`);
}

/** "2 Mar 2026, 08.15" (with seconds "08.15.30"), where space is short: lists, tables, badges. */
export function formatShortDateTime(iso: string, language: string, { seconds = false } = {}): string {
  return dayjs(iso).locale(locale(language)).format(`D MMM YYYY, ${timeOfDay(language, seconds)}`);
}

/** Today on the user's clock, as the API writes dates. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

export const isIsoDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).isValid();
