import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { countRows, createAccount, FIXTURE_PASSWORD } from '../../../../test/support/fixtures';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const login = (loginName: string, password: string, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url: '/api/auth/login', payload: { login: loginName, password }, headers });

describe('sign-in', () => {
  test('when the demo BKPSDM admin signs in, then the reply has user, roles, CSRF token and an HttpOnly SameSite=Lax cookie', async () => {
    const res = await login('199001012015011001', 'kinerja-demo');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.user.login, '199001012015011001');
    assert.ok(body.roles.includes('ADMIN_BKPSDM'));
    assert.ok(body.csrfToken.length >= 32);
    const cookie = res.cookies.find((c) => c.name === 'kinerja_sid');
    assert.ok(cookie?.httpOnly);
    assert.equal(cookie?.sameSite, 'Lax');
    assert.equal(cookie?.secure, undefined, 'plain HTTP: no Secure flag');
  });

  test('when the request arrives over HTTPS behind a trusted proxy, then the cookie is Secure', async () => {
    const proxied = await startTestApp({ trustProxy: true });
    try {
      const res = await proxied.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'walikota', password: 'kinerja-demo' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      assert.equal(res.statusCode, 200);
      assert.equal(res.cookies.find((c) => c.name === 'kinerja_sid')?.secure, true);
    } finally {
      await proxied.close();
    }
  });

  test('when the password is wrong, then 401 INVALID_CREDENTIALS in Bahasa Indonesia and a failure is audited', async () => {
    const before = await countRows(t.db, 'audit_log');
    const res = await login('walikota', 'salah-sekali');
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'INVALID_CREDENTIALS');
    assert.match(res.json().error.message, /kata sandi salah/);
    assert.ok(res.json().error.requestId);
    assert.equal(await countRows(t.db, 'audit_log'), before + 1);
  });

  test('when the login is unknown, then the same 401 answer as a wrong password', async () => {
    const res = await login('tidak-ada', 'apa-saja-123');
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'INVALID_CREDENTIALS');
  });

  test('when the body is malformed, then 400 with zod issues and nothing is written', async () => {
    const before = await countRows(t.db, 'audit_log');
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: { login: '' } });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'VALIDATION_FAILED');
    assert.ok(res.json().error.details.some((d: { path: string }) => d.path === 'body.password'));
    assert.equal(await countRows(t.db, 'audit_log'), before);
  });

  test('when English is asked for, then the error message is English', async () => {
    const res = await login('walikota', 'salah-sekali', { 'accept-language': 'en' });
    assert.match(res.json().error.message, /Wrong NIP\/username or password/);
  });
});

describe('lockout', () => {
  test('when five wrong passwords are given, then the account locks for 15 minutes, even the right password fails, and it releases after', async () => {
    await createAccount(t.db, { login: 'lockout-user', roles: ['PEGAWAI'] });
    for (let i = 0; i < 5; i++) assert.equal((await login('lockout-user', 'wrong-password')).statusCode, 401);
    const locked = await login('lockout-user', FIXTURE_PASSWORD);
    assert.equal(locked.statusCode, 401, 'locked: the right password is refused');
    assert.equal(locked.json().error.code, 'INVALID_CREDENTIALS', 'same answer as a wrong password');
    const lockouts = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'auth.lockout').execute();
    assert.ok(lockouts.some((r) => r.data.login === 'lockout-user'));

    t.clock.advance(14 * 60_000);
    assert.equal((await login('lockout-user', FIXTURE_PASSWORD)).statusCode, 401, 'still locked after 14 minutes');
    t.clock.advance(61_000);
    assert.equal((await login('lockout-user', FIXTURE_PASSWORD)).statusCode, 200, 'released after 15 minutes');
  });

  test('when ten wrong passwords arrive at once, then every one counts and the account locks', async () => {
    await createAccount(t.db, { login: 'parallel-guesses', roles: ['PEGAWAI'] });
    await Promise.all(Array.from({ length: 10 }, () => login('parallel-guesses', 'wrong-password')));
    assert.equal((await login('parallel-guesses', FIXTURE_PASSWORD)).statusCode, 401, 'locked: the right password is refused');
    const account = await t.db.selectFrom('account').select('locked_until').where('login', '=', 'parallel-guesses').executeTakeFirstOrThrow();
    assert.ok(account.locked_until !== null);
  });

  test('when four wrong passwords are followed by the right one, then the counter resets', async () => {
    await createAccount(t.db, { login: 'almost-locked', roles: ['PEGAWAI'] });
    for (let i = 0; i < 4; i++) await login('almost-locked', 'wrong-password');
    assert.equal((await login('almost-locked', FIXTURE_PASSWORD)).statusCode, 200);
    for (let i = 0; i < 4; i++) await login('almost-locked', 'wrong-password');
    assert.equal((await login('almost-locked', FIXTURE_PASSWORD)).statusCode, 200);
  });
});

describe('sessions', () => {
  test('when 30 minutes pass without a request, then the session has expired (401 SESSION_EXPIRED)', async () => {
    const client = await t.signIn('walikota');
    t.clock.advance(29 * 60_000);
    assert.equal((await client.request({ method: 'GET', url: '/api/me' })).statusCode, 200, 'activity extends the idle window');
    t.clock.advance(29 * 60_000);
    assert.equal((await client.request({ method: 'GET', url: '/api/me' })).statusCode, 200);
    t.clock.advance(31 * 60_000);
    const res = await client.request({ method: 'GET', url: '/api/me' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'SESSION_EXPIRED');
  });

  test('when 12 hours pass even with steady activity, then the session ends', async () => {
    const client = await t.signIn('walikota');
    for (let minutes = 29; minutes < 12 * 60; minutes += 29) {
      t.clock.advance(29 * 60_000);
      assert.equal((await client.request({ method: 'GET', url: '/api/me' })).statusCode, 200, `after ${minutes} minutes`);
    }
    t.clock.advance(25 * 60_000); // 721 minutes since sign-in, 25 since the last request
    const res = await client.request({ method: 'GET', url: '/api/me' });
    assert.equal(res.json().error.code, 'SESSION_EXPIRED');
  });

  test('when signing in again with an old cookie, then a new session id is issued and the old one no longer works', async () => {
    const first = await t.signIn('walikota');
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: { login: 'walikota', password: 'kinerja-demo' }, headers: { cookie: first.cookie } });
    const fresh = res.cookies.find((c) => c.name === 'kinerja_sid');
    assert.notEqual(`kinerja_sid=${fresh?.value}`, first.cookie);
    assert.equal((await first.request({ method: 'GET', url: '/api/me' })).statusCode, 401);
  });

  test('when signing out, then the session is gone and the cookie cleared', async () => {
    const client = await t.signIn('walikota');
    const res = await client.request({ method: 'POST', url: '/api/auth/logout' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.cookies.find((c) => c.name === 'kinerja_sid')?.value, '');
    assert.equal((await client.request({ method: 'GET', url: '/api/me' })).statusCode, 401);
  });

  test('when a write comes without the CSRF token, then 403 CSRF_INVALID and nothing changes', async () => {
    const client = await t.signIn('walikota');
    const res = await client.request({ method: 'POST', url: '/api/auth/logout', csrf: false });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'CSRF_INVALID');
    assert.equal((await client.request({ method: 'GET', url: '/api/me' })).statusCode, 200, 'still signed in');
  });

  test('when a write comes with another session\'s CSRF token, then 403 CSRF_INVALID', async () => {
    const a = await t.signIn('walikota');
    const b = await t.signIn('wakilwalikota');
    const res = await t.request({ method: 'POST', url: '/api/auth/logout', headers: { cookie: a.cookie, 'x-csrf-token': b.csrfToken } });
    assert.equal(res.json().error.code, 'CSRF_INVALID');
  });
});

describe('change password', () => {
  test('when the new password is short, equals the login or is common, then 422 WEAK_PASSWORD explains each rule', async () => {
    await createAccount(t.db, { login: '198001012005011001', roles: ['PEGAWAI'] });
    const client = await t.signIn('198001012005011001', FIXTURE_PASSWORD);
    const attempt = (newPassword: string) => client.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: FIXTURE_PASSWORD, newPassword } });
    const short = await attempt('pendek');
    assert.equal(short.statusCode, 422);
    assert.equal(short.json().error.code, 'WEAK_PASSWORD');
    assert.match(short.json().error.details[0].message, /minimal 10/);
    assert.match((await attempt('x198001012005011001')).json().error.details[0].message, /NIP/);
    assert.match((await attempt('bismillah123')).json().error.details[0].message, /terlalu umum/);
  });

  test('when the current password is wrong, then 422 WRONG_PASSWORD', async () => {
    const client = await t.signIn('wakilwalikota');
    const res = await client.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'bukan-ini', newPassword: 'Solok-Elok-2026' } });
    assert.equal(res.json().error.code, 'WRONG_PASSWORD');
  });

  test('when the password changes, then the new one signs in, the old one does not, and other sessions end', async () => {
    await createAccount(t.db, { login: 'changer', roles: ['PEGAWAI'] });
    const other = await t.signIn('changer', FIXTURE_PASSWORD);
    const client = await t.signIn('changer', FIXTURE_PASSWORD);
    const res = await client.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: FIXTURE_PASSWORD, newPassword: 'Beras-Solok-Enak-99' } });
    assert.equal(res.statusCode, 200);
    assert.equal((await client.request({ method: 'GET', url: '/api/me' })).statusCode, 200, 'this session stays');
    assert.equal((await other.request({ method: 'GET', url: '/api/me' })).statusCode, 401, 'the other session ends');
    assert.equal((await login('changer', FIXTURE_PASSWORD)).statusCode, 401);
    assert.equal((await login('changer', 'Beras-Solok-Enak-99')).statusCode, 200);
  });
});

describe('rate limit', () => {
  test('when one address sends more sign-ins than the limit in a minute, then 429 RATE_LIMITED', async () => {
    const limited = await startTestApp({ loginRateLimitPerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await limited.request({ method: 'POST', url: '/api/auth/login', payload: { login: 'walikota', password: 'x' } })).statusCode);
      assert.deepEqual(codes, [401, 401, 401, 429]);
      const res = await limited.request({ method: 'POST', url: '/api/auth/login', payload: { login: 'walikota', password: 'kinerja-demo' } });
      assert.equal(res.json().error.code, 'RATE_LIMITED');
      const counters = await limited.db.selectFrom('rate_limit_counter').selectAll().execute();
      assert.ok(counters.length > 0, 'counters live in the database, shared by every server process');
      limited.clock.advance(61_000);
      assert.equal((await limited.request({ method: 'POST', url: '/api/auth/login', payload: { login: 'walikota', password: 'kinerja-demo' } })).statusCode, 200);
    } finally {
      await limited.close();
    }
  });
});
