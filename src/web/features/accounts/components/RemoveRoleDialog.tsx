import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/schemas/accounts';
import type { Role } from '../../../../shared/roles';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useRoleLabel } from '../../../i18n/use-language';
import { useRemoveRole } from '../api/remove-role';

interface RemoveRoleDialogProps {
  account: AccountSummary;
  role: Role;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function RemoveRoleDialog({ account, role, onDone, onCancel }: RemoveRoleDialogProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const mutation = useRemoveRole();
  const names = { role: roleLabel(role), name: account.name };
  return (
    <ConfirmDialog
      title={t('roles.removeTitle')}
      confirmLabel={t('roles.removeConfirm')}
      busy={mutation.isPending}
      error={mutation.error}
      onCancel={onCancel}
      onConfirm={() =>
        mutation.mutate({ accountId: account.id, role }, { onSuccess: () => onDone(t('roles.removed', names)) })
      }
    >
      <p>{t('roles.removeBody', names)}</p>
    </ConfirmDialog>
  );
}
