import { randomBytes } from 'node:crypto';
import { signIn, type BenchSession } from './sign-in';

/** One JSON request as a signed-in user; anything but 200 is an error naming the request. */
async function api<T>(baseUrl: string, session: BenchSession, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      ...(method === 'POST' ? { 'x-csrf-token': session.csrfToken } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status !== 200) throw new Error(`${method} ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

/**
 * A session of an imported pegawai, made the way a person gets one: BKPSDM resets the account's
 * password (imported accounts have a random one nobody knows), the pegawai signs in with the
 * temporary password and sets their own.
 */
export async function signInImportedPegawai(baseUrl: string, admin: BenchSession, nip: string): Promise<BenchSession> {
  const page = await api<{ items: { id: string; login: string }[] }>(baseUrl, admin, 'GET', `/api/accounts?q=${nip}`);
  const account = page.items.find((a) => a.login === nip);
  if (!account) throw new Error(`no account with login ${nip}: the import should have created one`);
  const { temporaryPassword } = await api<{ temporaryPassword: string }>(baseUrl, admin, 'POST', `/api/accounts/${account.id}/password-reset`);
  const session = await signIn(baseUrl, { login: nip, password: temporaryPassword });
  await api(baseUrl, session, 'POST', '/api/auth/password', { currentPassword: temporaryPassword, newPassword: `Bench-${randomBytes(9).toString('base64url')}` });
  return session;
}

/**
 * The keyset cursor `rows` rows into GET /api/pegawai (name order), reached by following
 * nextCursor page by page. The cursor holds only the last row's (name, id), so pages of 200 get
 * there in a quarter of the requests and the bench then asks for the next page of 50.
 */
export async function pegawaiCursorAt(baseUrl: string, session: BenchSession, rows: number): Promise<string> {
  const STEP = 200;
  let cursor: string | null = null;
  for (let seen = 0; seen < rows; seen += STEP) {
    const limit = Math.min(STEP, rows - seen);
    const page: { nextCursor: string | null } = await api(baseUrl, session, 'GET', `/api/pegawai?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    if (!page.nextCursor) throw new Error(`GET /api/pegawai ended before row ${rows}`);
    cursor = page.nextCursor;
  }
  if (!cursor) throw new Error('no rows to page through');
  return cursor;
}
