import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-error';

/** A QR code of a closed or renamed unit lands here: say so and offer the list. */
export function UnitNotFound({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!isApiError(error) || !['NOT_FOUND', 'VALIDATION_FAILED'].includes(error.code)) return <ErrorMessage error={error} onRetry={onRetry} />;
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('publicService.unit.notFoundTitle')}</h1>
      <Alert tone="warning">
        <p>{t('publicService.unit.notFound')}</p>
      </Alert>
      <p>
        <Link to={paths.publicUnits}>{t('publicService.unit.allUnits')}</Link>
      </p>
    </div>
  );
}
