import { DEMO_ADMIN } from './scenarios';

/**
 * Signs the demo BKPSDM admin in once and returns the `cookie` header value for GET /api/me,
 * after checking that the session actually works.
 */
export async function signInDemoAdmin(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_ADMIN),
  });
  if (response.status !== 200) {
    throw new Error(`sign-in as the demo admin answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }
  const sessionCookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('kinerja_sid='));
  if (!sessionCookie) throw new Error('sign-in answered 200 without a kinerja_sid cookie');

  const me = await fetch(`${baseUrl}/api/me`, { headers: { cookie: sessionCookie } });
  if (me.status !== 200) throw new Error(`GET /api/me with the new session answered ${me.status}`);
  return sessionCookie;
}
