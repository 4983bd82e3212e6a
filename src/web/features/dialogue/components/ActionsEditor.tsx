import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/Field';
import { dialogueInput } from '../../../../shared/schemas/dialogue';
import { maxLengthOf } from '../../../lib/schema-limits';

export interface ActionDraft {
  /** Local only: keeps each row's inputs stable when an earlier row is removed. */
  key: number;
  text: string;
  dueOn: string;
}

// The server's limits on a dialogue's actions: how many, and how long each.
const actionsSchema = dialogueInput.shape.actions;
const MAX_ACTIONS = maxLengthOf(actionsSchema);
const actionSchema = actionsSchema.unwrap().element;

interface ActionsEditorProps {
  actions: ActionDraft[];
  errors: Record<number, string>;
  onChange: (actions: ActionDraft[]) => void;
}

let nextKey = 1;
export const newAction = (): ActionDraft => ({ key: nextKey++, text: '', dueOn: '' });

/** The agreed follow-up actions: a growing list, each with an optional due date. */
export function ActionsEditor({ actions, errors, onChange }: ActionsEditorProps) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<ActionDraft>) => onChange(actions.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  return (
    <fieldset className="dialogue-actions-editor">
      <legend>{t('dialogue.form.actions')}</legend>
      {actions.length === 0 ? <p className="muted">{t('dialogue.form.noActions')}</p> : null}
      <ol className="dialogue-actions-editor__list">
        {actions.map((action, index) => (
          <li key={action.key} className="dialogue-actions-editor__row">
            <TextField
              data-field={`action-${action.key}`}
              label={t('dialogue.form.actionText', { n: index + 1 })}
              value={action.text}
              onChange={(event) => update(action.key, { text: event.target.value })}
              maxLength={maxLengthOf(actionSchema.shape.text)}
              error={errors[action.key]}
            />
            <TextField type="date" label={t('dialogue.form.actionDue', { n: index + 1 })} value={action.dueOn} onChange={(event) => update(action.key, { dueOn: event.target.value })} />
            <Button variant="ghost" size="sm" onClick={() => onChange(actions.filter((a) => a.key !== action.key))}>
              {t('dialogue.form.removeAction', { n: index + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      {actions.length < MAX_ACTIONS ? (
        <Button variant="secondary" size="sm" onClick={() => onChange([...actions, newAction()])}>
          {t('dialogue.form.addAction')}
        </Button>
      ) : null}
    </fieldset>
  );
}
