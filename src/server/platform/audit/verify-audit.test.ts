import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { TEST_AUDIT_KEY } from '../../../../test/support/test-database';
import { canonicalJson } from './canonical-json';
import { verifyAuditChain } from './verify-audit';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A chain with a handful of real events on top of the seed's. */
async function appWithEvents() {
  t = await startTestApp();
  const admin = await t.signIn('199001012015011001');
  await admin.request({ method: 'PUT', url: '/api/settings/lockoutThreshold', payload: { value: 7 } });
  await t.request({ method: 'POST', url: '/api/auth/login', payload: { login: 'walikota', password: 'salah-salah' } });
  await t.signIn('walikota');
  return t;
}

const rowAt = (app: TestApp, seq: number) =>
  app.db.selectFrom('audit_log').select(['id', 'seq']).where('seq', '=', String(seq)).executeTakeFirstOrThrow();

/** What a DBA with table-owner rights could do: switch the append-only trigger off. */
const tamper = async (app: TestApp, statement: ReturnType<typeof sql>) => {
  await sql`alter table audit_log disable trigger audit_log_no_change`.execute(app.db);
  await statement.execute(app.db);
  await sql`alter table audit_log enable trigger audit_log_no_change`.execute(app.db);
};

describe('audit chain', () => {
  test('when nothing was touched, then every row verifies', async () => {
    const app = await appWithEvents();
    const result = await verifyAuditChain(app.db, TEST_AUDIT_KEY);
    assert.equal(result.ok, true);
    assert.ok(result.rowsChecked >= 13);
  });

  test('when the application tries to update or delete an audit row, then the database refuses', async () => {
    const app = await appWithEvents();
    await assert.rejects(sql`update audit_log set action = 'x'`.execute(app.db), /append-only/);
    await assert.rejects(sql`delete from audit_log`.execute(app.db), /append-only/);
  });

  test('when a row is altered by hand in SQL, then verification names that row', async () => {
    const app = await appWithEvents();
    const victim = await rowAt(app, 12);
    await tamper(app, sql`update audit_log set data = '{"login":"orang-lain"}' where id = ${victim.id}`);
    const result = await verifyAuditChain(app.db, TEST_AUDIT_KEY);
    assert.equal(result.ok, false);
    assert.deepEqual([result.firstBreak?.id, result.firstBreak?.reason], [victim.id, 'hash-mismatch']);
  });

  test('when a row is deleted by hand, then verification names the row after the gap', async () => {
    const app = await appWithEvents();
    const deleted = await rowAt(app, 5);
    const next = await rowAt(app, 6);
    await tamper(app, sql`delete from audit_log where id = ${deleted.id}`);
    const result = await verifyAuditChain(app.db, TEST_AUDIT_KEY);
    assert.deepEqual([result.firstBreak?.id, result.firstBreak?.reason], [next.id, 'sequence-gap']);
  });

  test('when two rows are reordered by hand, then verification names the first row out of place', async () => {
    const app = await appWithEvents();
    const a = await rowAt(app, 7);
    const b = await rowAt(app, 8);
    await tamper(app, sql`update audit_log set seq = -1 where id = ${a.id}`);
    await tamper(app, sql`update audit_log set seq = 7 where id = ${b.id}`);
    await tamper(app, sql`update audit_log set seq = 8 where id = ${a.id}`);
    const result = await verifyAuditChain(app.db, TEST_AUDIT_KEY);
    assert.equal(result.firstBreak?.id, b.id);
    assert.equal(result.firstBreak?.reason, 'prev-hash-mismatch');
  });

  test('when canonical JSON is made of the same object with keys in another order, then the text is the same', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } }), canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });
});
