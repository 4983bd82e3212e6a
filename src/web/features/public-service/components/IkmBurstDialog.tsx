import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextAreaField } from '../../../components/TextAreaField';
import { useDecideIkmBurst } from '../api/decide-ikm-burst';
import { fieldErrors } from '../hooks/use-labels';

/** BKPSDM's decision on one burst, with the note the audit keeps. */
export function IkmBurstDialog({ unitId, burstId, decision, onClose }: { unitId: string; burstId: string; decision: 'ACCEPT' | 'REJECT'; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const decide = useDecideIkmBurst(unitId, burstId);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const server = fieldErrors(decide.error);
  const kind = decision === 'ACCEPT' ? 'accept' : 'reject';

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) return setError(t('publicService.ikmBursts.noteRequired'));
    decide.mutate({ decision, note: note.trim() }, { onSuccess: onClose });
  }

  return (
    <Dialog
      title={t(`publicService.ikmBursts.${kind}Title`)}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={decide.isPending} submitLabel={t(`publicService.ikmBursts.${kind}`)} onCancel={onClose} danger={decision === 'REJECT'} />}
    >
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <p>{t(`publicService.ikmBursts.${kind}Explain`)}</p>
        <TextAreaField
          label={t('publicService.ikmBursts.note')}
          value={note}
          error={error ?? server.note}
          onChange={(event) => {
            setNote(event.target.value);
            setError(undefined);
          }}
          rows={4}
          maxLength={1000}
        />
        {decide.error && Object.keys(server).length === 0 ? <ErrorMessage error={decide.error} /> : null}
      </form>
    </Dialog>
  );
}
