import { DEMO_ADMIN } from './scenarios';

export interface BenchSession {
  /** The value for a `cookie` request header. */
  cookie: string;
  /** The value for `x-csrf-token`, which every cookie-authenticated write needs. */
  csrfToken: string;
}

/** Signs the demo BKPSDM admin in once, and checks that the session works before a row relies on it. */
export function signInDemoAdmin(baseUrl: string): Promise<BenchSession> {
  return signIn(baseUrl, DEMO_ADMIN);
}

/** Signs one account in and checks the session with GET /api/me. */
export async function signIn(baseUrl: string, credentials: { login: string; password: string }): Promise<BenchSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (response.status !== 200) {
    throw new Error(`sign-in as ${credentials.login} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('kinerja_sid='));
  if (!cookie) throw new Error('sign-in answered 200 without a kinerja_sid cookie');

  const me = await fetch(`${baseUrl}/api/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`GET /api/me with the new session of ${credentials.login} answered ${me.status}`);
  return { cookie, csrfToken };
}
