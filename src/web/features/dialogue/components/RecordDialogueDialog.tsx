import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dialogueInput, dialogueKind } from '../../../../shared/schemas/dialogue';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextField } from '../../../components/Field';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextAreaField } from '../../../components/TextAreaField';
import { useCreateDialogue } from '../api/create-dialogue';
import { todayIso } from '../../../lib/dates';
import { ActionsEditor, newAction, type ActionDraft } from './ActionsEditor';
import { TeamSelect } from './TeamSelect';
import { maxLengthOf } from '../../../lib/schema-limits';

interface RecordDialogueDialogProps {
  myPegawaiId: string | null;
  /** The person the log is filtered to, if any: the natural default. */
  initialPegawaiId: string;
  onClose: () => void;
  onDone: () => void;
}

type Kind = (typeof dialogueKind.options)[number];
type Errors = { pegawai?: string; heldOn?: string; topics?: string; actions: Record<number, string> };

/** "Catat dialog": the leader records a dialogue with one of their team and the actions agreed. */
export function RecordDialogueDialog({ myPegawaiId, initialPegawaiId, onClose, onDone }: RecordDialogueDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [pegawaiId, setPegawaiId] = useState(initialPegawaiId === myPegawaiId ? '' : initialPegawaiId);
  const [kind, setKind] = useState<Kind>('BIMBINGAN');
  const [heldOn, setHeldOn] = useState(todayIso);
  const [participants, setParticipants] = useState('');
  const [topics, setTopics] = useState('');
  const [actions, setActions] = useState<ActionDraft[]>(() => [newAction()]);
  const [errors, setErrors] = useState<Errors>({ actions: {} });
  const mutation = useCreateDialogue();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An empty last row is a row never used, not a mistake.
    const used = actions.filter((a) => a.text.trim() || a.dueOn);
    const next: Errors = { actions: {} };
    if (!pegawaiId) next.pegawai = t('dialogue.form.pegawaiRequired');
    if (!heldOn) next.heldOn = t('dialogue.form.required');
    if (!topics.trim()) next.topics = t('dialogue.form.required');
    for (const action of used) if (!action.text.trim()) next.actions[action.key] = t('dialogue.form.required');
    setErrors(next);
    const firstAction = used.find((a) => next.actions[a.key]);
    const first = next.pegawai ? 'pegawai' : next.heldOn ? 'heldOn' : next.topics ? 'topics' : firstAction ? `action-${firstAction.key}` : null;
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    mutation.mutate(
      {
        pegawaiId,
        kind,
        heldOn,
        participants: participants.trim(),
        topics: topics.trim(),
        actions: used.map((a) => ({ text: a.text.trim(), dueOn: a.dueOn || null })),
      },
      { onSuccess: onDone },
    );
  }

  return (
    <Dialog
      title={t('dialogue.form.title')}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={mutation.isPending} submitLabel={t('dialogue.form.submit')} onCancel={onClose} />}
    >
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <TeamSelect
          data-field="pegawai"
          label={t('dialogue.form.pegawai')}
          value={pegawaiId}
          onChange={(value) => {
            setPegawaiId(value);
            setErrors((current) => ({ ...current, pegawai: undefined }));
          }}
          leadingOptions={[{ value: '', label: t('dialogue.form.choosePegawai') }]}
          excludeId={myPegawaiId}
          error={errors.pegawai}
        />
        <SelectField
          label={t('dialogue.form.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as Kind)}
          options={dialogueKind.options.map((value) => ({ value, label: t(`dialogue.kind.${value}`) }))}
        />
        <TextField data-field="heldOn" type="date" label={t('dialogue.form.heldOn')} value={heldOn} onChange={(event) => setHeldOn(event.target.value)} error={errors.heldOn} required />
        <TextAreaField label={t('dialogue.form.participants')} hint={t('dialogue.form.participantsHint')} value={participants} onChange={(event) => setParticipants(event.target.value)} maxLength={maxLengthOf(dialogueInput.shape.participants)} rows={2} />
        <TextAreaField
          data-field="topics"
          label={t('dialogue.form.topics')}
          value={topics}
          onChange={(event) => {
            setTopics(event.target.value);
            setErrors((current) => ({ ...current, topics: undefined }));
          }}
          maxLength={maxLengthOf(dialogueInput.shape.topics)}
          rows={4}
          error={errors.topics}
          required
        />
        <ActionsEditor actions={actions} errors={errors.actions} onChange={setActions} />
        {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
      </form>
    </Dialog>
  );
}
