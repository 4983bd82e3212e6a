import { useTranslation } from 'react-i18next';
import { Button } from './Button';

interface FormDialogActionsProps {
  /** The id of the dialog's form, which the submit button submits. */
  formId: string;
  pending: boolean;
  submitLabel: string;
  onCancel: () => void;
  danger?: boolean;
}

/** Cancel and submit for a dialog whose form sits in its body: the same pair in every dialog. */
export function FormDialogActions({ formId, pending, submitLabel, onCancel, danger = false }: FormDialogActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Button variant="secondary" onClick={onCancel} disabled={pending}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" form={formId} variant={danger ? 'danger' : 'primary'} busy={pending} busyLabel={t('common.saving')}>
        {submitLabel}
      </Button>
    </>
  );
}
