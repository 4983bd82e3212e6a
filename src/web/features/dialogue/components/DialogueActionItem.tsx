import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dialogueActionUpdate, type DialogueView } from '../../../../shared/schemas/dialogue';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/Field';
import { TextAreaField } from '../../../components/TextAreaField';
import { useUpdateAction } from '../api/update-action';
import { useDateFormat } from '../../../hooks/use-date-format';
import { maxLengthOf } from '../../../lib/schema-limits';

type Action = DialogueView['actions'][number];

interface DialogueActionItemProps {
  dialogueId: string;
  action: Action;
  index: number;
  canUpdate: boolean;
}

/** One agreed action: its status and follow-up, updated in place by whoever may. */
export function DialogueActionItem({ dialogueId, action, index, canUpdate }: DialogueActionItemProps) {
  const { t } = useTranslation();
  const { date: formatDate } = useDateFormat();
  const formId = useId();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState(action.status);
  const [followUp, setFollowUp] = useState(action.followUp);
  const mutation = useUpdateAction();

  function startEditing() {
    setStatus(action.status);
    setFollowUp(action.followUp);
    mutation.reset();
    setEditing(true);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate({ dialogueId, actionId: action.id, status, followUp: followUp.trim() }, { onSuccess: () => setEditing(false) });
  }

  return (
    <li className="dialogue-action">
      <div className="dialogue-action__head">
        <span className="dialogue-action__text">{action.text}</span>
        <span className={`badge ${action.status === 'DONE' ? 'badge--success' : 'badge--warning'}`}>{t(`dialogue.actionStatus.${action.status}`)}</span>
      </div>
      {action.dueOn ? <p className="muted dialogue-action__due">{t('dialogue.card.due', { date: formatDate(action.dueOn) })}</p> : null}
      {action.followUp && !editing ? (
        <p className="dialogue-action__follow-up">
          <span className="muted">{t('dialogue.card.followUp')}:</span> {action.followUp}
        </p>
      ) : null}
      {canUpdate && !editing ? (
        <Button variant="secondary" size="sm" onClick={startEditing} aria-label={t('dialogue.card.updateActionNamed', { n: index + 1, text: action.text })}>
          {t('dialogue.card.updateAction')}
        </Button>
      ) : null}
      {editing ? (
        <form id={formId} className="stack dialogue-action__form" onSubmit={handleSubmit} aria-label={t('dialogue.card.updateActionNamed', { n: index + 1, text: action.text })}>
          <SelectField
            label={t('dialogue.card.status')}
            value={status}
            onChange={(event) => setStatus(event.target.value as Action['status'])}
            options={(['OPEN', 'DONE'] as const).map((value) => ({ value, label: t(`dialogue.actionStatus.${value}`) }))}
          />
          <TextAreaField label={t('dialogue.card.followUp')} value={followUp} onChange={(event) => setFollowUp(event.target.value)} maxLength={maxLengthOf(dialogueActionUpdate.shape.followUp)} rows={2} />
          {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
          <div className="dialogue-action__buttons">
            <Button type="submit" size="sm" busy={mutation.isPending} busyLabel={t('common.saving')}>
              {t('common.save')}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setEditing(false)} disabled={mutation.isPending}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
