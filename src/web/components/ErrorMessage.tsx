import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-error';
import { Alert } from './Alert';
import { Button } from './Button';

interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
}

/** Shows the server's own message (already in the request's language) and its field details. */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  const apiError = isApiError(error) ? error : null;
  const message =
    apiError?.code === 'NETWORK' ? t('errors.network') : apiError?.message || t('errors.generic');
  const details = (apiError?.details ?? []).filter((detail) => detail.message || detail.reason);
  return (
    <Alert tone="error">
      <p>{message}</p>
      {details.length > 0 ? (
        <ul>
          {details.map((detail, index) => (
            <li key={index}>{detail.message ?? detail.reason}</li>
          ))}
        </ul>
      ) : null}
      {apiError?.requestId ? (
        <p className="muted">
          <small>{t('errors.requestId', { id: apiError.requestId })}</small>
        </p>
      ) : null}
      {onRetry ? (
        <Button variant="secondary" size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
