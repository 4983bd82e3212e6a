import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextAreaField } from '../../../components/TextAreaField';
import { useSubmitIkm } from '../api/submit-ikm';
import type { PublicUnitView } from '../api/types';
import { HoneypotField } from './HoneypotField';

const scale = [1, 2, 3, 4] as const;

/**
 * The Survei Kepuasan Masyarakat: the nine unsur, each a native 1–4 radio group (arrow keys move
 * within an unsur, Tab between them), and an optional comment. Anonymous.
 */
export function IkmSurveyForm({ unit }: { unit: PublicUnitView }) {
  const { t } = useTranslation();
  const submit = useSubmitIkm();
  const [scores, setScores] = useState<(number | undefined)[]>(() => unit.ikmUnsur.map(() => undefined));
  const [comment, setComment] = useState('');
  const [website, setWebsite] = useState('');
  const [missing, setMissing] = useState<number[]>([]);

  if (submit.isSuccess) {
    return (
      <Alert tone="success" title={t(submit.data.duplicate ? 'publicService.ikm.duplicateTitle' : 'publicService.ikm.thanksTitle')}>
        <p>{t(submit.data.duplicate ? 'publicService.ikm.duplicate' : 'publicService.ikm.thanks', { unit: unit.name })}</p>
      </Alert>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const unanswered = scores.flatMap((score, index) => (score === undefined ? [index] : []));
    setMissing(unanswered);
    if (unanswered.length > 0) {
      event.currentTarget.querySelector<HTMLInputElement>(`input[name="unsur-${unanswered[0]}"]`)?.focus();
      return;
    }
    submit.mutate({ slug: unit.slug, scores: scores.map((s) => s ?? 0), comment: comment.trim() || undefined, website });
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate>
      <p className="muted">{t('publicService.ikm.explain')}</p>
      {unit.ikmUnsur.map((name, index) => {
        const invalid = missing.includes(index);
        return (
          <fieldset key={name} className={`ps-scale boxed-fieldset${invalid ? ' ps-scale--invalid' : ''}`} aria-describedby={invalid ? `unsur-${index}-error` : undefined}>
            <legend className="ps-scale__legend">
              {index + 1}. {name}
            </legend>
            <div className="ps-scale__options">
              {scale.map((score) => (
                <label key={score} className="ps-scale__option scale-option choice-tile">
                  <input type="radio" name={`unsur-${index}`} value={score} checked={scores[index] === score} onChange={() => setScores((current) => current.map((s, i) => (i === index ? score : s)))} />
                  <span className="scale-option__number">{score}</span> <span>{t(`publicService.ikm.scale.s${score}`)}</span>
                </label>
              ))}
            </div>
            {invalid ? (
              <p className="field__error" id={`unsur-${index}-error`}>
                {t('publicService.ikm.required')}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <TextAreaField label={t('publicService.ikm.comment')} hint={t('publicService.ikm.commentHint')} value={comment} onChange={(event) => setComment(event.target.value)} maxLength={1000} rows={3} />
      <HoneypotField value={website} onChange={setWebsite} />
      {missing.length > 0 ? (
        <p className="field__error" role="alert">
          {t('publicService.ikm.missing', { count: missing.length })}
        </p>
      ) : null}
      {submit.error ? <ErrorMessage error={submit.error} /> : null}
      <Button type="submit" busy={submit.isPending} busyLabel={t('publicService.sending')}>
        {t('publicService.ikm.submit')}
      </Button>
    </form>
  );
}
