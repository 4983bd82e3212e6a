import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodRealisationView } from '../../../../shared/schemas/execution';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextAreaField } from '../../../components/TextAreaField';
import { useGiveRowFeedback } from '../api/give-row-feedback';
import { formatShortDateTime } from '../../../lib/dates';
import { feedbackInput } from '../../../../shared/schemas/feedback';
import { maxLengthOf } from '../../../lib/schema-limits';

type FeedbackOnRow = PeriodRealisationView['rhk'][number]['feedback'][number];

interface RowFeedbackProps {
  view: PeriodRealisationView;
  /** What the feedback is about: one RHK row or one core value. */
  about: { rhkId: string } | { coreValue: string };
  /** The RHK text or core value name, to tell the forms apart for screen readers. */
  subject: string;
  feedback: FeedbackOnRow[];
  compactWhenEmpty?: boolean;
}

/** Umpan balik berkelanjutan under one RHK row or core value, and the atasan's form to add one. */
export function RowFeedback({ view, about, subject, feedback, compactWhenEmpty = false }: RowFeedbackProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const give = useGiveRowFeedback(view.skp.id, view.period.id);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('realisation.feedback.textRequired'));
      return;
    }
    setError(undefined);
    give.mutate({ toPegawaiId: view.skp.pegawaiId, text: text.trim(), skpId: view.skp.id, periodId: view.period.id, ...about }, { onSuccess: () => setText('') });
  }

  // Nothing to read and nothing to write: a core value without feedback stays one line, not a block.
  if (feedback.length === 0 && !view.can.giveFeedback && compactWhenEmpty) return null;
  return (
    <div className="row-feedback">
      <h4 className="row-feedback__title">{t('realisation.feedback.title')}</h4>
      {feedback.length === 0 ? (
        <p className="muted">{t('realisation.feedback.none')}</p>
      ) : (
        <ul className="row-feedback__list">
          {feedback.map((item) => (
            <li key={item.id} className="row-feedback__item">
              <p className="row-feedback__text">{item.text}</p>
              <p className="muted row-feedback__meta">
                {item.fromName} · {t(`realisation.relation.${item.relation}`, { defaultValue: item.relation })} · <time dateTime={item.createdAt}>{formatShortDateTime(item.createdAt, i18n.language)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {view.can.giveFeedback ? (
        <form className="stack" onSubmit={handleSubmit} noValidate aria-label={t('realisation.feedback.formNamed', { subject })}>
          <TextAreaField label={t('realisation.feedback.label')} value={text} onChange={(event) => setText(event.target.value)} error={error} maxLength={maxLengthOf(feedbackInput.shape.text)} rows={2} />
          {give.error ? <ErrorMessage error={give.error} /> : null}
          <Button type="submit" size="sm" variant="secondary" busy={give.isPending} busyLabel={t('common.saving')}>
            {t('realisation.feedback.submit')}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
