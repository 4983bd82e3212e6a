import type { AuthContext } from '../../platform/auth/sessions';

/** BKPSDM manages the accounts of its own instansi; nobody removes their own admin role. */
export function canManageAccount(auth: AuthContext, account: { instansiId: string }): boolean {
  return auth.roles.includes('ADMIN_BKPSDM') && auth.account.instansiId === account.instansiId;
}

export function canRemoveRole(auth: AuthContext, account: { id: string; instansiId: string }, role: string): boolean {
  return canManageAccount(auth, account) && !(account.id === auth.account.id && role === 'ADMIN_BKPSDM');
}

export function accountActions(auth: AuthContext, account: { id: string; instansiId: string }) {
  const manage = canManageAccount(auth, account);
  return { grantRole: manage, removeRole: manage, resetPassword: manage && account.id !== auth.account.id };
}
