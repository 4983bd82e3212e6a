import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useTransitionSkp } from '../api/skp-transition';
import { TextAreaField } from '../../../components/TextAreaField';
import { returnRequest } from '../../../../shared/schemas/planning';
import { maxLengthOf } from '../../../lib/schema-limits';

/** Kembalikan: the note is required, so the pegawai knows what to change. */
export function ReturnDialog({ skpId, pegawaiName, onClose }: { skpId: string; pegawaiName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const mutation = useTransitionSkp();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!note.trim()) {
      setError(t('skp.return.noteRequired'));
      return;
    }
    mutation.mutate({ skpId, action: 'return', note: note.trim() }, { onSuccess: onClose });
  }

  return (
    <Dialog
      title={t('skp.return.title')}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={mutation.isPending} submitLabel={t('skp.return.submit')} onCancel={onClose} danger />}
    >
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <p>{t('skp.return.intro', { name: pegawaiName })}</p>
        <TextAreaField label={t('skp.return.note')} value={note} onChange={(event) => setNote(event.target.value)} error={error} maxLength={maxLengthOf(returnRequest.shape.note)} rows={4} required />
        {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
      </form>
    </Dialog>
  );
}
