import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useTransitionSkp } from '../api/skp-transition';
import { TextAreaField } from '../../../components/TextAreaField';

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
      actions={
        <>
          <Button variant="secondary" onClick={onClose} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="danger" busy={mutation.isPending} busyLabel={t('common.saving')}>
            {t('skp.return.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <p>{t('skp.return.intro', { name: pegawaiName })}</p>
        <TextAreaField label={t('skp.return.note')} value={note} onChange={(event) => setNote(event.target.value)} error={error} maxLength={2000} rows={4} required />
        {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
      </form>
    </Dialog>
  );
}
