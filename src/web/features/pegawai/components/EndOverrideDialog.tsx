import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PegawaiDetail } from '../../../../shared/schemas/organisation';
import { Dialog } from '../../../components/Dialog';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextField } from '../../../components/Field';
import { useEndOverride } from '../api/end-override';
import { useDateFormat } from '../../../hooks/use-date-format';
import { todayIso } from '../../../lib/dates';
import { DialogError } from './DialogError';

interface EndOverrideDialogProps {
  pegawaiId: string;
  override: PegawaiDetail['overrides'][number];
  onClose: () => void;
  onDone: () => void;
}

/** "Akhiri": the penetapan holds until the chosen day; from the next day the chain follows the structure again. */
export function EndOverrideDialog({ pegawaiId, override, onClose, onDone }: EndOverrideDialogProps) {
  const { t } = useTranslation();
  const { date: formatDate } = useDateFormat();
  const formId = useId();
  const today = todayIso();
  const [validTo, setValidTo] = useState(override.validFrom > today ? override.validFrom : today);
  const [error, setError] = useState<string | undefined>();
  const mutation = useEndOverride();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = !validTo ? t('pegawai.override.dateRequired') : validTo < override.validFrom ? t('pegawai.overrides.endBeforeStart') : undefined;
    setError(problem);
    if (problem) return;
    mutation.mutate({ pegawaiId, overrideId: override.id, validTo }, { onSuccess: onDone });
  }

  return (
    <Dialog
      title={t('pegawai.overrides.endTitle')}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={mutation.isPending} submitLabel={t('pegawai.overrides.endConfirm')} onCancel={onClose} danger />}
    >
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <p>{t('pegawai.overrides.endBody', { name: override.atasan.name, from: formatDate(override.validFrom) })}</p>
        <TextField
          type="date"
          label={t('pegawai.overrides.endDate')}
          hint={t('pegawai.overrides.endDateHint')}
          value={validTo}
          min={override.validFrom}
          onChange={(event) => setValidTo(event.target.value)}
          error={error}
          required
        />
        {mutation.error ? <DialogError error={mutation.error} /> : null}
      </form>
    </Dialog>
  );
}
