import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextField } from '../../../components/Field';
import { TextAreaField } from '../../../components/TextAreaField';
import { useRecordAbsence } from '../api/record-absence';
import { todayIso } from '../../../lib/dates';
import { DialogError } from './DialogError';

interface AbsenceDialogProps {
  pegawaiId: string;
  name: string;
  onClose: () => void;
  onDone: () => void;
}

/** "Catat ketidakhadiran": while the holder of a head post is away, a Plt may hold it (nobody else meanwhile). */
export function AbsenceDialog({ pegawaiId, name, onClose, onDone }: AbsenceDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [reason, setReason] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [validTo, setValidTo] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; validFrom?: string; validTo?: string }>({});
  const mutation = useRecordAbsence();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = {
      reason: reason.trim().length < 5 ? t('pegawai.absence.reasonTooShort') : undefined,
      validFrom: validFrom ? undefined : t('pegawai.override.dateRequired'),
      validTo: validTo && validTo < validFrom ? t('pegawai.overrides.endBeforeStart') : undefined,
    };
    setErrors(next);
    if (next.reason || next.validFrom || next.validTo) return;
    mutation.mutate({ pegawaiId, reason: reason.trim(), validFrom, validTo: validTo || null }, { onSuccess: onDone });
  }

  return (
    <Dialog title={t('pegawai.absence.title')} onClose={onClose} actions={<FormDialogActions formId={formId} pending={mutation.isPending} submitLabel={t('pegawai.absence.submit')} onCancel={onClose} />}>
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <p>{t('pegawai.absence.intro', { name })}</p>
        <TextAreaField label={t('pegawai.absence.reason')} value={reason} onChange={(event) => setReason(event.target.value)} error={errors.reason} maxLength={500} required />
        <TextField type="date" label={t('pegawai.absence.validFrom')} value={validFrom} onChange={(event) => setValidFrom(event.target.value)} error={errors.validFrom} required />
        <TextField type="date" label={t('pegawai.absence.validTo')} hint={t('pegawai.absence.validToHint')} value={validTo} min={validFrom} onChange={(event) => setValidTo(event.target.value)} error={errors.validTo} />
        {mutation.error ? <DialogError error={mutation.error} /> : null}
      </form>
    </Dialog>
  );
}
