import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK360_SCALE, feedback360Answer } from '../../../../shared/schemas/feedback360';
import { Button } from '../../../components/Button';
import { TextAreaField } from '../../../components/TextAreaField';
import type { Feedback360Answer, ValueToRate } from '../api/types';
import { maxLengthOf } from '../../../lib/schema-limits';

const scale = Array.from({ length: FEEDBACK360_SCALE.max - FEEDBACK360_SCALE.min + 1 }, (_, i) => FEEDBACK360_SCALE.min + i);

interface ValueScaleFormProps {
  /** Ties the form to a dialog's submit button; omit to show the form's own button. */
  formId?: string;
  values: readonly ValueToRate[];
  submitLabel?: string;
  pending?: boolean;
  onSubmit: (answer: Feedback360Answer) => void;
}

/**
 * One 1–5 scale per BerAKHLAK value, as native radio groups (arrow keys move within a value,
 * Tab between values), with an optional comment each. Every value must be scored.
 */
export function ValueScaleForm({ formId, values, submitLabel, pending = false, onSubmit }: ValueScaleFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const unscored = values.filter((value) => scores[value.code] === undefined).map((value) => value.code);
    setMissing(unscored);
    if (unscored.length > 0) {
      event.currentTarget.querySelector<HTMLInputElement>(`input[name="${baseId}-${unscored[0]}"]`)?.focus();
      return;
    }
    const trimmed = Object.fromEntries(Object.entries(comments).map(([code, text]) => [code, text.trim()]).filter(([, text]) => text !== ''));
    onSubmit({ scores, comments: trimmed });
  }

  return (
    <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
      <p className="muted" id={`${baseId}-scale`}>
        {t('feedback360.scale.explain')}
      </p>
      {values.map((value) => {
        const invalid = missing.includes(value.code);
        const errorId = `${baseId}-${value.code}-error`;
        return (
          <fieldset key={value.code} className={`value-scale boxed-fieldset${invalid ? ' value-scale--invalid' : ''}`} aria-describedby={invalid ? errorId : undefined}>
            <legend className="value-scale__legend">{value.name}</legend>
            {value.guides.length > 0 ? (
              <ul className="value-scale__guides muted">
                {value.guides.map((guide) => (
                  <li key={guide}>{guide}</li>
                ))}
              </ul>
            ) : null}
            <div className="value-scale__options">
              {scale.map((score) => (
                <label key={score} className="scale-option choice-tile">
                  <input
                    type="radio"
                    name={`${baseId}-${value.code}`}
                    value={score}
                    checked={scores[value.code] === score}
                    onChange={() => setScores((current) => ({ ...current, [value.code]: score }))}
                  />
                  <span className="scale-option__number">{score}</span>{' '}
                  <span className="value-scale__label">{t(`feedback360.scale.s${score}`)}</span>
                </label>
              ))}
            </div>
            {invalid ? (
              <p className="field__error" id={errorId}>
                {t('feedback360.scale.required')}
              </p>
            ) : null}
            <TextAreaField
              label={t('feedback360.scale.comment', { value: value.name })}
              value={comments[value.code] ?? ''}
              onChange={(event) => setComments((current) => ({ ...current, [value.code]: event.target.value }))}
              maxLength={maxLengthOf(feedback360Answer.shape.comments.unwrap().valueType)}
              rows={2}
            />
          </fieldset>
        );
      })}
      {missing.length > 0 ? (
        <p className="field__error" role="alert">
          {t('feedback360.scale.missing', { n: missing.length })}
        </p>
      ) : null}
      {formId ? null : (
        <Button type="submit" busy={pending} busyLabel={t('feedback360.sending')}>
          {submitLabel ?? t('feedback360.answer.submit')}
        </Button>
      )}
    </form>
  );
}
