import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextAreaField } from '../../../components/TextAreaField';
import { useSendCoachingFeedback } from '../api/send-coaching-feedback';
import { coachingStatementKeys } from './coaching-statements';
import { coachingFeedbackInput } from '../../../../shared/schemas/dialogue';
import { maxLengthOf } from '../../../lib/schema-limits';

/**
 * Format B.1.8 "Umpan Balik Pelaksanaan Bimbingan Kinerja": the pegawai answers nine statements
 * Ya/Tidak after a coaching. It goes to the leader's superior, so the pegawai can speak freely.
 */
export function CoachingFeedbackForm({ dialogueId }: { dialogueId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const errorId = useId();
  const [answers, setAnswers] = useState<(boolean | null)[]>(() => coachingStatementKeys.map(() => null));
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const mutation = useSendCoachingFeedback();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = answers.findIndex((answer) => answer === null);
    if (missing >= 0) {
      setError(t('dialogue.coaching.answerAll'));
      event.currentTarget.querySelector<HTMLInputElement>(`input[name="${dialogueId}-s${missing}"]`)?.focus();
      return;
    }
    setError(undefined);
    mutation.mutate({ dialogueId, answers: answers.map((answer) => answer === true), comment: comment.trim() });
  }

  if (mutation.isSuccess) return <Alert tone="success">{t('dialogue.coaching.sent')}</Alert>;
  return (
    <form className="stack dialogue-coaching" aria-labelledby={titleId} onSubmit={handleSubmit} noValidate>
      <h3 id={titleId}>{t('dialogue.coaching.title')}</h3>
      <p className="muted">{t('dialogue.coaching.intro')}</p>
      <fieldset className="dialogue-coaching__statements boxed-fieldset" aria-describedby={error ? errorId : undefined}>
        <legend>{t('dialogue.coaching.legend')}</legend>
        {coachingStatementKeys.map((key, index) => (
          <fieldset key={key} className="dialogue-coaching__statement">
            <legend>
              {index + 1}. {t(key)}
            </legend>
            <div className="dialogue-coaching__choices">
              {([true, false] as const).map((value) => (
                <label key={String(value)} className="dialogue-coaching__choice">
                  <input
                    type="radio"
                    name={`${dialogueId}-s${index}`}
                    checked={answers[index] === value}
                    onChange={() => setAnswers(answers.map((answer, i) => (i === index ? value : answer)))}
                  />
                  {value ? t('dialogue.coaching.yes') : t('dialogue.coaching.no')}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      <TextAreaField label={t('dialogue.coaching.comment')} value={comment} onChange={(event) => setComment(event.target.value)} maxLength={maxLengthOf(coachingFeedbackInput.shape.comment)} rows={3} />
      {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
      <Button type="submit" busy={mutation.isPending} busyLabel={t('dialogue.coaching.sending')}>
        {t('dialogue.coaching.submit')}
      </Button>
    </form>
  );
}
