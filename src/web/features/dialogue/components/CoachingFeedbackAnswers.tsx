import { useTranslation } from 'react-i18next';
import type { DialogueView } from '../../../../shared/schemas/dialogue';
import { useDateFormat } from '../../../hooks/use-date-format';
import { coachingStatementKeys } from './coaching-statements';

type Feedback = NonNullable<DialogueView['coachingFeedback']>;

/** The B.1.8 answers as sent: for the pegawai who gave them and for the leader's superior. */
export function CoachingFeedbackAnswers({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation();
  const { date: formatDate } = useDateFormat();
  return (
    <details className="dialogue-coaching-answers">
      <summary>{t('dialogue.coaching.answersTitle', { date: formatDate(feedback.submittedAt) })}</summary>
      <ol>
        {coachingStatementKeys.map((key, index) => (
          <li key={key}>
            {t(key)} — <strong>{feedback.answers[index] ? t('dialogue.coaching.yes') : t('dialogue.coaching.no')}</strong>
          </li>
        ))}
      </ol>
      {feedback.comment ? (
        <p>
          <span className="muted">{t('dialogue.coaching.comment')}:</span> {feedback.comment}
        </p>
      ) : null}
    </details>
  );
}
