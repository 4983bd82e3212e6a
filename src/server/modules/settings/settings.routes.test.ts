import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { countRows } from '../../../../test/support/fixtures';

let t: TestApp;
let admin: TestClient;
before(async () => {
  t = await startTestApp();
  admin = await t.signInAs('ADMIN_BKPSDM');
});
after(() => t.close());

describe('settings per instansi', () => {
  test('when nothing is stored, then the regulation defaults apply', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/settings' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().values.lockoutThreshold, 5);
    assert.equal(res.json().values.ikmWeight, 0.111);
    assert.equal(res.json().values.curveEnforcement, 'soft');
    assert.deepEqual(res.json().overridden, []);
  });

  test('when BKPSDM sets the curve to hard, then it is stored, reported as overridden and audited with old and new value', async () => {
    const res = await admin.request({ method: 'PUT', url: '/api/settings/curveEnforcement', payload: { value: 'hard' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().values.curveEnforcement, 'hard');
    assert.deepEqual(res.json().overridden, ['curveEnforcement']);
    const audit = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'setting.updated').execute();
    assert.deepEqual(audit.at(-1)?.data, { key: 'curveEnforcement', from: 'soft', to: 'hard' });
  });

  test('when the lockout threshold is lowered to 3, then the third wrong password locks', async () => {
    await admin.request({ method: 'PUT', url: '/api/settings/lockoutThreshold', payload: { value: 3 } });
    for (let i = 0; i < 3; i++) await t.request({ method: 'POST', url: '/api/auth/login', payload: { login: 'wakilwalikota', password: 'salah-salah' } });
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: { login: 'wakilwalikota', password: 'kinerja-demo' } });
    assert.equal(res.statusCode, 401);
  });

  test('when a value breaks its rule, then 400 and nothing is written', async () => {
    const before = await countRows(t.db, 'setting');
    const res = await admin.request({ method: 'PUT', url: '/api/settings/lockoutThreshold', payload: { value: 1 } });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.details[0].path, 'value');
    assert.equal(await countRows(t.db, 'setting'), before);
    assert.equal((await admin.request({ method: 'PUT', url: '/api/settings/noSuchKey', payload: { value: 1 } })).statusCode, 400);
  });
});
