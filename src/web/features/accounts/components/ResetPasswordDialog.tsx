import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/schemas/accounts';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { CopyButton } from '../../../components/CopyButton';
import { Dialog } from '../../../components/Dialog';
import { useResetPassword } from '../api/reset-password';

interface ResetPasswordDialogProps {
  account: AccountSummary;
  onClose: () => void;
}

/** Confirm, then show the temporary password once; it is never fetched again. */
export function ResetPasswordDialog({ account, onClose }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const mutation = useResetPassword();

  if (!mutation.data) {
    return (
      <ConfirmDialog
        title={t('roles.resetTitle')}
        confirmLabel={t('roles.resetConfirm')}
        busy={mutation.isPending}
        error={mutation.error}
        onCancel={onClose}
        onConfirm={() => mutation.mutate({ accountId: account.id })}
      >
        <p>{t('roles.resetBody', { name: account.name })}</p>
      </ConfirmDialog>
    );
  }

  const { temporaryPassword } = mutation.data;
  return (
    <Dialog title={t('roles.tempTitle')} onClose={onClose} actions={<Button onClick={onClose}>{t('common.close')}</Button>}>
      <p>{t('roles.tempFor', { name: account.name })}</p>
      <p className="temporary-password">
        <code>{temporaryPassword}</code>
        <CopyButton text={temporaryPassword} />
      </p>
      <Alert tone="warning" live={false}>
        <p>{t('roles.tempOnce')}</p>
        <p>{t('roles.tempNote')}</p>
      </Alert>
    </Dialog>
  );
}
