import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';

let t: TestApp;
let inspector: TestClient;
before(async () => {
  t = await startTestApp();
  inspector = await t.signInAs('INSPEKTORAT');
  await t.request({ method: 'POST', url: '/api/auth/login', payload: { login: 'walikota', password: 'keliru-sekali' } });
});
after(() => t.close());

describe('audit view', () => {
  test('when inspektorat opens the audit log, then entries come newest first with sign-ins among them', async () => {
    const res = await inspector.request({ method: 'GET', url: '/api/audit' });
    assert.equal(res.statusCode, 200);
    const items = res.json().items as { id: string; action: string }[];
    assert.ok(items.length > 0);
    assert.deepEqual(items.map((i) => Number(i.id)), [...items.map((i) => Number(i.id))].sort((a, b) => b - a));
    assert.ok(items.some((i) => i.action === 'auth.login'));
  });

  test('when filtered by action prefix and actor, then only those entries come back', async () => {
    const failures = (await inspector.request({ method: 'GET', url: '/api/audit?action=auth.login_failed' })).json().items;
    assert.ok(failures.length >= 1);
    assert.ok(failures.every((i: { action: string }) => i.action === 'auth.login_failed'));
    const mine = (await inspector.request({ method: 'GET', url: `/api/audit?actor=${inspector.login}` })).json().items;
    assert.ok(mine.every((i: { actorLogin: string }) => i.actorLogin === inspector.login));
  });

  test('when filtered by dates, then days are Kota Solok calendar days', async () => {
    // The test clock stands at 2026-03-02 08:00 WIB.
    const today = (await inspector.request({ method: 'GET', url: '/api/audit?from=2026-03-02&to=2026-03-02&action=auth.' })).json().items;
    assert.ok(today.length >= 2);
    const yesterday = (await inspector.request({ method: 'GET', url: '/api/audit?to=2026-03-01&action=auth.' })).json().items;
    assert.equal(yesterday.length, 0);
  });

  test('when paged with limit 2, then the cursor walks back without repeats', async () => {
    const first = (await inspector.request({ method: 'GET', url: '/api/audit?limit=2' })).json();
    const second = (await inspector.request({ method: 'GET', url: `/api/audit?limit=2&cursor=${first.nextCursor}` })).json();
    assert.equal(first.items.length, 2);
    assert.ok(Number(second.items[0].id) < Number(first.items[1].id));
  });

  test('when a date is malformed, then 400 naming the field', async () => {
    const res = await inspector.request({ method: 'GET', url: '/api/audit?from=02-03-2026' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.details[0].path, 'querystring.from');
  });
});
