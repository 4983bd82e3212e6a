import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../hooks/use-date-format';
import { isApiError } from '../../../lib/api-error';
import type { ComplaintCategory, ComplaintStatus } from '../api/types';

/** Names of statuses and categories, and dates, in the current language. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const { date, dateTime } = useDateFormat();
  return {
    status: (status: ComplaintStatus) => t(`publicService.statusLabel.${status}`),
    category: (category: ComplaintCategory) => t(`publicService.category.${category}`),
    date,
    dateTime,
    number: (value: number, digits = 2) => value.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  };
}

const statusTone: Record<ComplaintStatus, string> = {
  DITERIMA: 'neutral',
  DIDISPOSISIKAN: 'warning',
  DITANGGAPI: 'warning',
  SELESAI: 'success',
  DITOLAK: 'danger',
};
export const statusBadgeClass = (status: ComplaintStatus) => `badge badge--${statusTone[status]}`;

/** The server's field messages (details path "body.description") keyed by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return {};
  const out: Record<string, string> = {};
  for (const detail of error.details) {
    if (!detail.path || !detail.message) continue;
    const field = detail.path.split('.').filter((part) => part !== 'body')[0];
    if (field && !out[field]) out[field] = detail.message;
  }
  return out;
}
