import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api-error';
import { useAnswerPublicForm, usePublicForm } from '../api/public-form';
import { ValueScaleForm } from './ValueScaleForm';
import './feedback360.css';

/** A link that is malformed, unknown, expired or already used: the server says which with these. */
function isDeadLink(error: unknown): boolean {
  return isApiError(error) && ['NOT_FOUND', 'VALIDATION_FAILED', 'CONFLICT', 'RULE_VIOLATION'].includes(error.code);
}

/** The service user's form behind a one-time link, without signing in. */
export function PublicFeedbackForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const form = usePublicForm(token);
  const answer = useAnswerPublicForm();

  if (form.isPending) return <Loading />;
  if (form.isError) {
    return isDeadLink(form.error) ? (
      <Alert tone="warning" title={t('feedback360.public.invalidTitle')}>
        <p>{t('feedback360.public.invalid')}</p>
      </Alert>
    ) : (
      <ErrorMessage error={form.error} onRetry={() => void form.refetch()} />
    );
  }
  if (answer.isSuccess) {
    return (
      <Alert tone="success" title={t('feedback360.public.thanksTitle')}>
        <p>{t('feedback360.public.thanks')}</p>
      </Alert>
    );
  }
  if (form.data.answered || (isApiError(answer.error) && ['CONFLICT', 'NOT_FOUND'].includes(answer.error.code))) {
    return (
      <Alert tone="info" title={t('feedback360.public.usedTitle')}>
        <p>{t('feedback360.public.used')}</p>
      </Alert>
    );
  }
  const { subjectName, periodName, instansiName, values } = form.data;
  return (
    <div className="stack">
      <p>{t('feedback360.public.intro', { name: subjectName, period: periodName, instansi: instansiName })}</p>
      <p className="muted">{t('feedback360.public.anonymous')}</p>
      <ValueScaleForm values={values} pending={answer.isPending} submitLabel={t('feedback360.public.submit')} onSubmit={(scores) => answer.mutate({ token, answer: scores })} />
      {answer.error ? <ErrorMessage error={answer.error} /> : null}
    </div>
  );
}
