import type { APIRequestContext } from '@playwright/test';
import type { AccountPage, PasswordResetResponse } from '../../../src/shared/schemas/accounts';
import type { LoginResponse } from '../../../src/shared/schemas/auth';
import type { Role } from '../../../src/shared/roles';
import { admin, DEMO_PASSWORD } from './demo';

/** Setup steps done as the BKPSDM admin through the API, so a story's UI part starts ready. */
export async function signInAdminApi(request: APIRequestContext) {
  const reply = await request.post('/api/auth/login', { data: { login: admin.login, password: DEMO_PASSWORD } });
  if (!reply.ok()) throw new Error(`admin sign-in failed: ${reply.status()} ${await reply.text()}`);
  const { csrfToken } = (await reply.json()) as LoginResponse;
  const headers = { 'x-csrf-token': csrfToken };

  async function findAccountId(login: string): Promise<string> {
    const list = await request.get('/api/accounts', { params: { q: login, limit: 10 } });
    const page = (await list.json()) as AccountPage;
    const account = page.items.find((item) => item.login === login);
    if (!account) throw new Error(`account ${login} not found: ${JSON.stringify(page)}`);
    return account.id;
  }

  return {
    findAccountId,
    async grantRole(login: string, role: Role): Promise<void> {
      const id = await findAccountId(login);
      const grant = await request.post(`/api/accounts/${id}/roles`, { headers, data: { role } });
      if (!grant.ok()) throw new Error(`grant failed: ${grant.status()} ${await grant.text()}`);
    },
    async resetPassword(login: string): Promise<string> {
      const id = await findAccountId(login);
      const reset = await request.post(`/api/accounts/${id}/password-reset`, { headers });
      if (!reset.ok()) throw new Error(`reset failed: ${reset.status()} ${await reset.text()}`);
      return ((await reset.json()) as PasswordResetResponse).temporaryPassword;
    },
  };
}
