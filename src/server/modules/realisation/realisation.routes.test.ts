import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows } from '../../../../test/support/fixtures';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { realisationScene } from '../../../../test/support/realisation-scene';

let t: TestApp;
let scene: Awaited<ReturnType<typeof realisationScene>>;
let owner: TestClient;
let atasan: TestClient;
let staff: TestClient;

before(async () => {
  t = await startTestApp();
  scene = await realisationScene(t);
  [owner, atasan, staff] = await Promise.all([scene.signInOwner(), scene.signInAtasan(), scene.signInStaff()]);
});
after(() => t.close());

const put = (client: TestClient, ikiId: string, payload: object, periodId = scene.period.id) => client.request({ method: 'PUT', url: `${scene.periodUrl(periodId)}/iki/${ikiId}`, payload });

describe('realisation per IKI per period', () => {
  test('when nobody is signed in, then the period view is 401', async () => {
    const res = await t.request({ method: 'GET', url: scene.periodUrl() });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'UNAUTHENTICATED');
  });

  test('when the owner opens a period, then every indicator is listed with nothing entered yet, and she may edit', async () => {
    const res = await owner.request({ method: 'GET', url: scene.periodUrl() });
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    assert.equal(view.period.id, scene.period.id);
    assert.equal(view.rhk.flatMap((r: { iki: unknown[] }) => r.iki).length, scene.iki.length);
    assert.deepEqual(view.can, { edit: true, submit: true, review: false, giveFeedback: false, reopen: false });
    assert.equal(view.submittedAt, null);
  });

  test('when one of her own staff opens her SKP period, then it is 403; a bad id is 400; an unknown period 404', async () => {
    assert.equal((await staff.request({ method: 'GET', url: scene.periodUrl() })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await owner.request({ method: 'GET', url: `/api/skp/${scene.skp.id}/periods/abc` })).statusCode, 400);
    assert.equal((await owner.request({ method: 'GET', url: `/api/skp/${scene.skp.id}/periods/999999` })).statusCode, 404);
  });

  test('when the owner enters a value, then capaian follows the target (12 → 4 laporan is 25% after one quarter of a SUM)', async () => {
    const quantity = scene.iki[0]!;
    const res = await put(owner, quantity.id, { value: 1, rencanaAksi: 'Menyusun laporan bulanan', narrative: 'Laporan Januari–Maret' });
    assert.equal(res.statusCode, 200, res.body);
    const row = res.json().rhk.flatMap((r: { iki: { id: string }[] }) => r.iki).find((i: { id: string }) => i.id === quantity.id);
    assert.equal(row.realisation.value, 1);
    assert.equal(row.accumulation, 'SUM');
    assert.equal(row.yearToDate, 1);
    assert.equal(row.capaian, (1 / quantity.target_value!) * 100);
  });

  test('when the input is malformed or breaks a rule, then it is refused and nothing is written', async () => {
    const before = await countRows(t.db, 'realisation');
    const audit = await countRows(t.db, 'audit_log');
    assert.equal((await put(owner, scene.iki[1]!.id, { value: 'banyak' })).statusCode, 400);
    assert.equal((await put(owner, scene.iki[1]!.id, { value: -3 })).json().error.code, 'RULE_VIOLATION');
    assert.equal((await put(owner, scene.iki[1]!.id, {})).json().error.code, 'RULE_VIOLATION');
    assert.equal((await put(owner, '999999', { value: 1 })).statusCode, 404);
    assert.equal((await put(atasan, scene.iki[1]!.id, { value: 1 })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal(await countRows(t.db, 'realisation'), before);
    assert.equal(await countRows(t.db, 'audit_log'), audit);
  });

  test('when not every indicator has an entry, then the period cannot be submitted, and says which are missing', async () => {
    const res = await owner.request({ method: 'POST', url: `${scene.periodUrl()}/submit` });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.details.length, scene.iki.length - 1);
  });

  test('when all are entered and she submits, then the atasan is notified and the period shows as submitted', async () => {
    for (const iki of scene.iki.slice(1)) assert.equal((await put(owner, iki.id, { value: 100 })).statusCode, 200);
    const res = await owner.request({ method: 'POST', url: `${scene.periodUrl()}/submit` });
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(res.json().submittedAt);
    const note = await t.db.selectFrom('notification as n').innerJoin('account as a', 'a.id', 'n.account_id').select(['n.kind', 'n.link']).where('a.pegawai_id', '=', scene.atasan.id).where('n.kind', '=', 'REALISATION_SUBMITTED').executeTakeFirst();
    assert.equal(note?.link, `/skp/${scene.skp.id}/periode/${scene.period.id}`);
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'realisation.submitted').where('entity_id', '=', scene.skp.id).execute();
    assert.equal(audit.length, 1);
  });

  test('when the atasan opens the team view, then the owner is listed with her progress for the period', async () => {
    const res = await atasan.request({ method: 'GET', url: `/api/team/realisation?periodId=${scene.period.id}` });
    assert.equal(res.statusCode, 200, res.body);
    const row = res.json().items.find((i: { pegawaiId: string }) => i.pegawaiId === scene.owner.id);
    assert.equal(row.ikiFilled, scene.iki.length);
    assert.equal(row.ikiTotal, scene.iki.length);
    assert.ok(row.submittedAt);
    assert.equal(row.late, false);
    assert.equal((await staff.request({ method: 'GET', url: '/api/team/realisation' })).json().items.some((i: { pegawaiId: string }) => i.pegawaiId === scene.owner.id), false);
  });

  test('when BKPSDM closes the period, then the owner can no longer change it, and is told why', async () => {
    const admin = await t.signInAs('ADMIN_BKPSDM');
    const last = scene.periods.at(-1)!;
    assert.equal((await admin.request({ method: 'POST', url: `/api/periods/${last.id}/status`, payload: { status: 'CLOSED' } })).statusCode, 200);
    const res = await put(owner, scene.iki[0]!.id, { value: 2 }, last.id);
    assert.equal(res.statusCode, 422);
    assert.match(res.json().error.details[0].message, /ditutup/);
    assert.equal((await owner.request({ method: 'GET', url: scene.periodUrl(last.id) })).json().can.edit, false);
    await admin.request({ method: 'POST', url: `/api/periods/${last.id}/status`, payload: { status: 'OPEN' } });
  });

  test('when the chart is asked for, then each IKI has one point per period and the SKP capaian per period', async () => {
    const res = await owner.request({ method: 'GET', url: `/api/skp/${scene.skp.id}/progress` });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.periods.length, scene.periods.length);
    assert.ok(body.iki.every((i: { points: unknown[] }) => i.points.length === scene.periods.length));
    assert.ok(body.capaian[0] > 0);
    assert.equal(body.capaian[1], body.capaian[0], 'a later period without entries keeps the year to date');
    assert.equal((await staff.request({ method: 'GET', url: `/api/skp/${scene.skp.id}/progress` })).statusCode, 403);
  });

  test('when the owner or the penilai changes the accumulation of the approved plan, then it is refused: it changes only in a draft revision', async () => {
    const res = await owner.request({ method: 'PUT', url: `/api/skp/${scene.skp.id}/iki/${scene.iki[0]!.id}/accumulation`, payload: { accumulation: 'LAST' } });
    assert.equal(res.statusCode, 409, res.body);
    const view = (await owner.request({ method: 'GET', url: scene.periodUrl() })).json();
    assert.equal(view.rhk[0].iki[0].accumulation, 'SUM');
    assert.equal((await owner.request({ method: 'PUT', url: `/api/skp/${scene.skp.id}/iki/${scene.iki[0]!.id}/accumulation`, payload: { accumulation: 'MEDIAN' } })).statusCode, 400);
    assert.equal((await staff.request({ method: 'PUT', url: `/api/skp/${scene.skp.id}/iki/${scene.iki[0]!.id}/accumulation`, payload: { accumulation: null } })).statusCode, 403);
  });
});
