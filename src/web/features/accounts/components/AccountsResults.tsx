import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/schemas/accounts';
import type { Role } from '../../../../shared/roles';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { useRoleLabel } from '../../../i18n/use-language';
import { useAccounts } from '../api/get-accounts';
import { useGrantRole } from '../api/grant-role';
import type { AccountFilterValues } from './AccountFilters';
import { AccountsTable } from './AccountsTable';
import { RemoveRoleDialog } from './RemoveRoleDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

type PendingAction = { kind: 'remove'; account: AccountSummary; role: Role } | { kind: 'reset'; account: AccountSummary };

interface AccountsResultsProps {
  filters: AccountFilterValues;
  onNotice: (message: string) => void;
}

export function AccountsResults({ filters, onNotice }: AccountsResultsProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  // Keyset paging only goes forward, so earlier cursors are kept to step back.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const query = useAccounts({ ...filters, cursor: cursors.at(-1) });
  const grant = useGrantRole();

  function handleGrant(account: AccountSummary, role: Role, opdId?: string) {
    onNotice('');
    grant.mutate(
      { accountId: account.id, role, ...(opdId ? { opdId } : {}) },
      { onSuccess: () => onNotice(t('roles.granted', { role: roleLabel(role), name: account.name })) },
    );
  }

  if (!query.isSuccess) return <QueryState query={query} />;

  const { items, nextCursor } = query.data;
  return (
    <div className="stack">
      {grant.error ? <ErrorMessage error={grant.error} /> : null}
      {items.length === 0 ? (
        <EmptyState title={t('roles.empty')} hint={t('roles.emptyHint')} />
      ) : (
        <AccountsTable
          accounts={items}
          grantingFor={grant.isPending ? grant.variables.accountId : null}
          onGrantRole={handleGrant}
          onRemoveRole={(account, role) => setPending({ kind: 'remove', account, role })}
          onResetPassword={(account) => setPending({ kind: 'reset', account })}
        />
      )}
      <Pager
        page={cursors.length}
        hasPrevious={cursors.length > 1}
        hasNext={Boolean(nextCursor)}
        onPrevious={() => setCursors((stack) => stack.slice(0, -1))}
        onNext={() => nextCursor && setCursors((stack) => [...stack, nextCursor])}
      />
      {pending?.kind === 'remove' ? (
        <RemoveRoleDialog
          account={pending.account}
          role={pending.role}
          onCancel={() => setPending(null)}
          onDone={(message) => {
            setPending(null);
            onNotice(message);
          }}
        />
      ) : null}
      {pending?.kind === 'reset' ? <ResetPasswordDialog account={pending.account} onClose={() => setPending(null)} /> : null}
    </div>
  );
}
