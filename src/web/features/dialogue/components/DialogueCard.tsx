import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialogueView } from '../../../../shared/schemas/dialogue';
import { Alert } from '../../../components/Alert';
import { useDateFormat } from '../../../hooks/use-date-format';
import { CoachingFeedbackForm } from './CoachingFeedbackForm';
import { CoachingFeedbackAnswers } from './CoachingFeedbackAnswers';
import { DialogueActionItem } from './DialogueActionItem';

interface DialogueCardProps {
  dialogue: DialogueView;
  myPegawaiId: string | null;
}

export function DialogueCard({ dialogue, myPegawaiId }: DialogueCardProps) {
  const { t } = useTranslation();
  const { date: formatDate } = useDateFormat();
  const titleId = useId();
  const mine = dialogue.pegawai.pegawaiId === myPegawaiId;
  return (
    <article className="card dialogue-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="dialogue-card__title">
        {t(`dialogue.kind.${dialogue.kind}`)} · {formatDate(dialogue.heldOn)}
      </h2>
      <dl className="dialogue-card__facts">
        <div>
          <dt>{t('dialogue.card.pegawai')}</dt>
          <dd>{dialogue.pegawai.name}</dd>
        </div>
        <div>
          <dt>{t('dialogue.card.leader')}</dt>
          <dd>{dialogue.leader.name}</dd>
        </div>
        {dialogue.participants ? (
          <div>
            <dt>{t('dialogue.card.participants')}</dt>
            <dd>{dialogue.participants}</dd>
          </div>
        ) : null}
      </dl>
      <h3>{t('dialogue.card.topics')}</h3>
      <p className="dialogue-card__topics">{dialogue.topics}</p>
      <h3>{t('dialogue.card.actions')}</h3>
      {dialogue.actions.length === 0 ? (
        <p className="muted">{t('dialogue.card.noActions')}</p>
      ) : (
        <ol className="dialogue-card__actions">
          {dialogue.actions.map((action, index) => (
            <DialogueActionItem key={action.id} dialogueId={dialogue.id} action={action} index={index} canUpdate={dialogue.can.updateActions} />
          ))}
        </ol>
      )}
      {dialogue.kind === 'BIMBINGAN' ? <CoachingPart dialogue={dialogue} mine={mine} /> : null}
    </article>
  );
}

/** B.1.8 on a coaching: the form for the pegawai, what was sent for whoever may read it. */
function CoachingPart({ dialogue, mine }: { dialogue: DialogueView; mine: boolean }) {
  const { t } = useTranslation();
  if (dialogue.can.giveCoachingFeedback && !dialogue.coachingFeedbackGiven) return <CoachingFeedbackForm dialogueId={dialogue.id} />;
  if (!dialogue.coachingFeedbackGiven) return mine ? null : <p className="muted">{t('dialogue.coaching.pending')}</p>;
  return (
    <div className="stack">
      {mine ? <Alert tone="success" live={false}>{t('dialogue.coaching.sent')}</Alert> : null}
      {dialogue.coachingFeedback ? (
        <CoachingFeedbackAnswers feedback={dialogue.coachingFeedback} />
      ) : mine ? null : (
        <p className="muted">{t('dialogue.coaching.givenHidden')}</p>
      )}
    </div>
  );
}
