import type { AuthContext } from '../../platform/auth/sessions';

/** BKPSDM manages the accounts of its own instansi. */
export function canManageAccount(auth: AuthContext, account: { instansiId: string }): boolean {
  return auth.roles.includes('ADMIN_BKPSDM') && auth.account.instansiId === account.instansiId;
}

/** Nobody changes their own roles (issue #16): another admin does, and the audit shows who. */
export const isOwnAccount = (auth: AuthContext, accountId: string): boolean => auth.account.id === accountId;

export function accountActions(auth: AuthContext, account: { id: string; instansiId: string }) {
  const manage = canManageAccount(auth, account) && !isOwnAccount(auth, account.id);
  return { grantRole: manage, removeRole: manage, resetPassword: manage };
}
