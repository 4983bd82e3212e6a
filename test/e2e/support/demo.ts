import type { TestInfo } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts, demoLogins, type DemoAccount } from '../../../src/server/seed/demo-accounts';
import type { Role } from '../../../src/shared/roles';

export { DEMO_PASSWORD };

function demo(login: string): DemoAccount {
  const account = demoAccounts.find((candidate) => candidate.login === login);
  if (!account) throw new Error(`demo account ${login} is not in the seed any more; pick another in test/e2e/support/demo.ts`);
  return account;
}

export const admin = demo(demoLogins.adminBkpsdm);
export const walikota = demo('walikota');

/**
 * Both projects (phone, desktop) share one server and its database, so every story that
 * changes an account gets a different account per project: no test depends on another's order.
 */
const perProject = {
  phone: {
    passwordChange: demo(demoLogins.stafDishub),
    roleGrant: { account: demo(demoLogins.perawat), role: 'ATASAN' as Role },
  },
  desktop: {
    // Not Siti Aisyah (stafDikbud): the desktop SKP journey signs in as her with the demo password.
    passwordChange: demo(demoLogins.kepsekSd01),
    roleGrant: { account: demo('wakilwalikota'), role: 'INSPEKTORAT' as Role },
  },
};

export function accountsFor(testInfo: TestInfo) {
  const name = testInfo.project.name;
  if (name !== 'phone' && name !== 'desktop') throw new Error(`no test accounts for project ${name}`);
  const accounts = perProject[name];
  if (accounts.roleGrant.account.roles.includes(accounts.roleGrant.role)) {
    throw new Error(`${accounts.roleGrant.account.login} already holds ${accounts.roleGrant.role} in the seed`);
  }
  return accounts;
}
