import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/schemas/accounts';
import type { Role } from '../../../../shared/roles';
import { Button } from '../../../components/Button';
import { Chip } from '../../../components/Chip';
import { Table, type Column } from '../../../components/Table';
import { useRoleLabel } from '../../../i18n/use-language';
import { AddRoleControl } from './AddRoleControl';
import './accounts-table.css';

interface AccountsTableProps {
  accounts: AccountSummary[];
  grantingFor: string | null;
  onGrantRole: (account: AccountSummary, role: Role, opdId?: string) => void;
  onRemoveRole: (account: AccountSummary, role: Role) => void;
  onResetPassword: (account: AccountSummary) => void;
}

export function AccountsTable({ accounts, grantingFor, onGrantRole, onRemoveRole, onResetPassword }: AccountsTableProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();

  const columns: Column<AccountSummary>[] = [
    {
      key: 'name',
      header: t('roles.columns.name'),
      cell: (account) => (
        <>
          <span className="account-name">{account.name}</span>
          <span className="account-login mono">{account.login}</span>
        </>
      ),
    },
    {
      key: 'roles',
      header: t('roles.columns.roles'),
      className: 'accounts-table__roles',
      cell: (account) => (
        <div className="account-roles">
          {account.roles.length === 0 ? <span className="muted">{t('roles.noRoles')}</span> : null}
          <ul className="chip-list">
            {account.roles.map((role) => (
              <li key={role}>
                <Chip
                  label={role === 'ADMIN_OPD' && account.adminOpd ? `${roleLabel(role)} — ${account.adminOpd.name}` : roleLabel(role)}
                  {...(account.can.removeRole
                    ? {
                        removeLabel: t('roles.removeRole', { role: roleLabel(role), name: account.name }),
                        onRemove: () => onRemoveRole(account, role),
                      }
                    : {})}
                />
              </li>
            ))}
          </ul>
          {account.can.grantRole ? (
            <AddRoleControl account={account} busy={grantingFor === account.id} onAdd={(role, opdId) => onGrantRole(account, role, opdId)} />
          ) : null}
        </div>
      ),
    },
    {
      key: 'status',
      header: t('roles.columns.status'),
      cell: (account) => (
        <ul className="account-status">
          {account.locked ? <li className="badge badge--danger">{t('roles.status.locked')}</li> : null}
          {account.mustChangePassword ? <li className="badge badge--warning">{t('roles.status.mustChange')}</li> : null}
          {!account.locked && !account.mustChangePassword ? (
            <li className="badge badge--success">{t('roles.status.active')}</li>
          ) : null}
        </ul>
      ),
    },
    {
      key: 'actions',
      header: t('roles.columns.actions'),
      cell: (account) =>
        account.can.resetPassword ? (
          <Button
            variant="ghost"
            size="sm"
            aria-label={t('roles.resetPasswordFor', { name: account.name })}
            onClick={() => onResetPassword(account)}
          >
            {t('roles.resetPassword')}
          </Button>
        ) : null,
    },
  ];

  return <Table caption={t('roles.tableCaption')} columns={columns} rows={accounts} rowKey={(account) => account.id} />;
}
