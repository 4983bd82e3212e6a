import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { countRows, createAccount, createInstansi, FIXTURE_PASSWORD } from '../../../../test/support/fixtures';
import { createTestOrganisation } from '../../../../test/support/org-fixtures';

let t: TestApp;
let admin: TestClient;
const idOf = async (login: string) => (await t.db.selectFrom('account').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;

before(async () => {
  t = await startTestApp();
  admin = await t.signIn('199001012015011001');
});
after(() => t.close());

describe('accounts and roles', () => {
  test('when BKPSDM lists accounts, then each comes with its roles and what the caller may do', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/accounts?q=wali' });
    assert.equal(res.statusCode, 200);
    const walikota = res.json().items.find((a: { login: string }) => a.login === 'walikota');
    assert.deepEqual(walikota.roles, ['PIMPINAN']);
    assert.deepEqual(walikota.can, { grantRole: true, removeRole: true, resetPassword: true });
  });

  test('when the list is paged, then the pages join up without gaps or repeats whatever the page size', async () => {
    const walk = async (limit: number) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await admin.request({ method: 'GET', url: `/api/accounts?role=ATASAN&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}` });
        const body = res.json() as { items: { login: string }[]; nextCursor: string | null };
        seen.push(...body.items.map((a) => a.login));
        cursor = body.nextCursor;
      } while (cursor);
      return seen;
    };
    const byFifty = await walk(50);
    assert.ok(byFifty.length > 50, 'the demo has more atasan than one page');
    assert.deepEqual(await walk(37), byFifty);
    assert.equal(new Set(byFifty).size, byFifty.length);
  });

  test('when searching by name or filtering by role, then only matching accounts come back', async () => {
    const byName = (await admin.request({ method: 'GET', url: '/api/accounts?q=hendra' })).json().items;
    assert.deepEqual(byName.map((a: { login: string }) => a.login), ['197602141999031005']);
    const inspectors = (await admin.request({ method: 'GET', url: '/api/accounts?role=INSPEKTORAT' })).json().items;
    assert.ok(inspectors.every((a: { roles: string[] }) => a.roles.includes('INSPEKTORAT')));
  });

  test('when a role is granted, then the account has it, the audit log says so, and the holder gets the access', async () => {
    const id = await idOf('199203112019031007');
    const res = await admin.request({ method: 'POST', url: `/api/accounts/${id}/roles`, payload: { role: 'INSPEKTORAT' } });
    assert.equal(res.statusCode, 200);
    assert.ok(res.json().roles.includes('INSPEKTORAT'));
    const audit = await t.db.selectFrom('audit_log').select(['data', 'actor_login']).where('action', '=', 'account.role_granted').execute();
    assert.ok(audit.some((r) => r.data.role === 'INSPEKTORAT' && r.data.login === '199203112019031007' && r.actor_login === '199001012015011001'));
    const holder = await t.signIn('199203112019031007');
    assert.equal((await holder.request({ method: 'GET', url: '/api/audit' })).statusCode, 200);
  });

  test('when a role is removed, then access ends at the next request', async () => {
    const id = await idOf('199407222019032011');
    await admin.request({ method: 'POST', url: `/api/accounts/${id}/roles`, payload: { role: 'INSPEKTORAT' } });
    const holder = await t.signIn('199407222019032011');
    assert.equal((await holder.request({ method: 'GET', url: '/api/audit' })).statusCode, 200);
    const res = await admin.request({ method: 'DELETE', url: `/api/accounts/${id}/roles/INSPEKTORAT` });
    assert.deepEqual(res.json().roles, ['PEGAWAI']);
    assert.equal((await holder.request({ method: 'GET', url: '/api/audit' })).json().error.code, 'FORBIDDEN_SCOPE');
  });

  test('when the admin tries to remove their own admin role, then 403 with the reason and nothing changes', async () => {
    const before = await countRows(t.db, 'account_role');
    const res = await admin.request({ method: 'DELETE', url: `/api/accounts/${admin.accountId}/roles/ADMIN_BKPSDM` });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal(await countRows(t.db, 'account_role'), before);
  });

  test('when an admin grants or removes a role on their own account, then 403 with a clear reason and nothing is written or audited', async () => {
    const [roles, audits] = [await countRows(t.db, 'account_role'), await countRows(t.db, 'audit_log')];
    for (const req of [
      { method: 'POST' as const, url: `/api/accounts/${admin.accountId}/roles`, payload: { role: 'INSPEKTORAT' } },
      { method: 'DELETE' as const, url: `/api/accounts/${admin.accountId}/roles/PEGAWAI` },
    ]) {
      const res = await admin.request(req);
      assert.equal(res.statusCode, 403, req.url);
      assert.match(res.json().error.details[0].reason, /peran akun Anda sendiri/);
    }
    assert.equal(await countRows(t.db, 'account_role'), roles);
    assert.equal(await countRows(t.db, 'audit_log'), audits);
    const me = (await admin.request({ method: 'GET', url: '/api/accounts?q=199001012015011001' })).json().items[0];
    assert.deepEqual(me.can, { grantRole: false, removeRole: false, resetPassword: false });
  });

  test('when the role is not one of the six, then 400 and nothing is written', async () => {
    const before = await countRows(t.db, 'account_role');
    const res = await admin.request({ method: 'POST', url: `/api/accounts/${admin.accountId}/roles`, payload: { role: 'SUPERUSER' } });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.details[0].path, 'body.role');
    assert.equal(await countRows(t.db, 'account_role'), before);
  });

  test('when the id is malformed or unknown, then 400 or 404', async () => {
    assert.equal((await admin.request({ method: 'POST', url: '/api/accounts/abc/roles', payload: { role: 'PEGAWAI' } })).statusCode, 400);
    assert.equal((await admin.request({ method: 'POST', url: '/api/accounts/999999/roles', payload: { role: 'PEGAWAI' } })).json().error.code, 'NOT_FOUND');
  });

  test('when the cursor is garbage, then 400 rather than a 500', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/accounts?cursor=!!!' });
    assert.equal(res.statusCode, 400);
  });

  test('when the account belongs to another instansi, then 403 FORBIDDEN_SCOPE and it is not listed', async () => {
    const other = await createInstansi(t.db, 'KAB-SOLOK', 'Pemerintah Kabupaten Solok');
    const foreignId = await createAccount(t.db, { login: 'asn-kabupaten', roles: ['PEGAWAI'], instansiId: other });
    const res = await admin.request({ method: 'POST', url: `/api/accounts/${foreignId}/roles`, payload: { role: 'ATASAN' } });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE');
    const listed = (await admin.request({ method: 'GET', url: '/api/accounts?q=asn-kabupaten' })).json().items;
    assert.equal(listed.length, 0);
  });
});

describe('admin OPD grants', () => {
  test('when ADMIN_OPD is granted without naming an OPD, then the OPD where the pegawai works is used and their scope is that OPD', async () => {
    const ids = await createTestOrganisation(t.db, '2026-03-02', 'G');
    const res = await admin.request({ method: 'POST', url: `/api/accounts/${ids['kabidA.account']}/roles`, payload: { role: 'ADMIN_OPD' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().adminOpd.id, ids.dinas);
    const adminOpd = await t.signIn(ids['kabidA.nip']!, FIXTURE_PASSWORD);
    const units = (await adminOpd.request({ method: 'GET', url: '/api/units' })).json().items as { id: string }[];
    assert.ok(units.some((u) => u.id === ids.seksiA1) && !units.some((u) => u.id === ids.badan));
  });

  test('when ADMIN_OPD is granted to an official without a pegawai and no OPD is named, then 422 asks for the OPD', async () => {
    const res = await admin.request({ method: 'POST', url: `/api/accounts/${await idOf('wakilwalikota')}/roles`, payload: { role: 'ADMIN_OPD' } });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.details[0].path, 'opdId');
  });
});

describe('password reset by BKPSDM', () => {
  test('when BKPSDM resets a password, then the one-time password signs in but only the password change is allowed until changed', async () => {
    const id = await idOf('199505052020122010');
    const victimSession = await t.signIn('199505052020122010');
    const res = await admin.request({ method: 'POST', url: `/api/accounts/${id}/password-reset` });
    assert.equal(res.statusCode, 200);
    const { temporaryPassword } = res.json() as { temporaryPassword: string };
    assert.ok(temporaryPassword.length >= 12);
    assert.equal((await victimSession.request({ method: 'GET', url: '/api/me' })).statusCode, 401, 'existing sessions end');
    const audit = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'account.password_reset').execute();
    assert.ok(audit.every((r) => !JSON.stringify(r.data).includes(temporaryPassword)), 'the password never reaches the audit log');

    const user = await t.signIn('199505052020122010', temporaryPassword);
    assert.equal((await user.request({ method: 'GET', url: '/api/me' })).json().user.mustChangePassword, true);
    assert.equal((await user.request({ method: 'GET', url: '/api/settings' })).json().error.code, 'PASSWORD_CHANGE_REQUIRED');
    const change = await user.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: temporaryPassword, newPassword: 'Puskesmas-Tanah-Garam-7' } });
    assert.equal(change.statusCode, 200);
    assert.equal((await user.request({ method: 'GET', url: '/api/me' })).json().user.mustChangePassword, false);
  });

  test('when the admin resets their own password, then 422: that is what Akun saya is for', async () => {
    const res = await admin.request({ method: 'POST', url: `/api/accounts/${admin.accountId}/password-reset` });
    assert.equal(res.statusCode, 422);
  });
});
