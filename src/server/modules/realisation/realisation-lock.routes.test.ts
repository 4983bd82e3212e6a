import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows } from '../../../../test/support/fixtures';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { realisationScene } from '../../../../test/support/realisation-scene';

// Issue #16 point 12: realisation locks once submitted, reopens only by the penilai, lateness stays on record.
let t: TestApp;
let scene: Awaited<ReturnType<typeof realisationScene>>;
let owner: TestClient;
let penilai: TestClient;
let staff: TestClient;

before(async () => {
  t = await startTestApp();
  scene = await realisationScene(t);
  [owner, penilai, staff] = await Promise.all([scene.signInOwner(), scene.signInPenilai(), scene.signInStaff()]);
});
after(() => t.close());

const put = (ikiId: string, value: number, periodId = scene.period.id) => owner.request({ method: 'PUT', url: `${scene.periodUrl(periodId)}/iki/${ikiId}`, payload: { value } });
const submit = (periodId = scene.period.id) => owner.request({ method: 'POST', url: `${scene.periodUrl(periodId)}/submit` });
const reopen = (client: TestClient, payload: object, periodId = scene.period.id) => client.request({ method: 'POST', url: `${scene.periodUrl(periodId)}/reopen`, payload });
const fillAndSubmit = async (periodId = scene.period.id) => {
  for (const iki of scene.iki) assert.equal((await put(iki.id, 1, periodId)).statusCode, 200);
  const res = await submit(periodId);
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};

describe('a submitted period is locked until the penilai reopens it', () => {
  test('when the owner has submitted a period, then values, bukti dukung and a second submission are refused and nothing changes', async () => {
    const submitted = await fillAndSubmit();
    assert.equal(submitted.can.edit, false);
    const [realisations, evidence, audit] = await Promise.all([countRows(t.db, 'realisation'), countRows(t.db, 'evidence'), countRows(t.db, 'audit_log')]);
    const edit = await put(scene.iki[0]!.id, 5);
    assert.equal(edit.statusCode, 422);
    assert.equal(edit.json().error.code, 'RULE_VIOLATION');
    assert.match(edit.json().error.details[0].message, /terkunci/);
    const link = await owner.request({ method: 'POST', url: `${scene.periodUrl()}/iki/${scene.iki[0]!.id}/evidence-links`, payload: { title: 'Laporan', url: 'https://example.org/laporan.pdf' } });
    assert.equal(link.statusCode, 422);
    assert.equal((await submit()).statusCode, 422);
    assert.deepEqual([await countRows(t.db, 'realisation'), await countRows(t.db, 'evidence'), await countRows(t.db, 'audit_log')], [realisations, evidence, audit]);
  });

  test('when anyone but the penilai reopens, then it is 403; without a reason it is 400', async () => {
    assert.equal((await reopen(owner, { reason: 'Saya ingin mengubah' })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await reopen(staff, { reason: 'Ingin mengubah data' })).json().error.code, 'FORBIDDEN_SCOPE');
    const blank = await reopen(penilai, { reason: '' });
    assert.equal(blank.statusCode, 400);
    assert.equal(blank.json().error.code, 'VALIDATION_FAILED');
    assert.equal((await penilai.request({ method: 'GET', url: scene.periodUrl() })).json().can.reopen, true);
  });

  test('when the penilai reopens with a reason, then the owner may edit again, is notified, and the reopening is audited; a second reopening is 409', async () => {
    const res = await reopen(penilai, { reason: 'Nilai laporan triwulan belum sesuai bukti dukung' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().reopened.reason, 'Nilai laporan triwulan belum sesuai bukti dukung');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'data']).where('action', '=', 'realisation.reopened').where('entity_id', '=', scene.skp.id).execute();
    assert.equal(audit.length, 1);
    assert.equal((audit[0]!.data as { reason: string }).reason, 'Nilai laporan triwulan belum sesuai bukti dukung');
    const note = await t.db.selectFrom('notification as n').innerJoin('account as a', 'a.id', 'n.account_id').select(['n.body', 'n.link']).where('a.pegawai_id', '=', scene.owner.id).where('n.kind', '=', 'REALISATION_REOPENED').executeTakeFirst();
    assert.match(note?.body ?? '', /belum sesuai bukti dukung/);
    assert.equal((await owner.request({ method: 'GET', url: scene.periodUrl() })).json().can.edit, true);
    assert.equal((await put(scene.iki[0]!.id, 2)).statusCode, 200);
    assert.equal((await reopen(penilai, { reason: 'Sekali lagi dibuka' })).statusCode, 409);
  });

  test('when the penilai has reopened a period, then it reads as not submitted (as the evaluation sees it) and its lateness stays', async () => {
    const view = (await penilai.request({ method: 'GET', url: scene.periodUrl() })).json();
    assert.equal(view.submittedAt, null);
    assert.equal(view.periods.find((p: { id: string }) => p.id === scene.period.id).submittedAt, null, 'the rating waits for a resubmission');
    assert.equal(view.late, false);
    assert.ok(view.reopened);
  });

  test('when the owner submits again, then the period is locked again', async () => {
    assert.equal((await submit()).statusCode, 200);
    assert.equal((await put(scene.iki[0]!.id, 3)).statusCode, 422);
  });
});

describe('lateness stays on record', () => {
  test('when a quarter is submitted eight months after its deadline, then it is and stays "terlambat", also after reopening and resubmitting', async () => {
    const quarter = scene.periods[1]!;
    t.clock.set(new Date(Date.parse(`${quarter.realisation_closes}T03:00:00Z`) + 240 * 86_400_000));
    [owner, penilai] = await Promise.all([scene.signInOwner(), scene.signInPenilai()]);
    const submitted = await fillAndSubmit(quarter.id);
    assert.ok(submitted.submittedAt);
    assert.equal(submitted.late, true, 'a submission after the deadline is late');
    assert.equal((await reopen(penilai, { reason: 'Lengkapi uraian realisasi' }, quarter.id)).statusCode, 200);
    const again = await submit(quarter.id);
    assert.equal(again.json().late, true);
    const team = await penilai.request({ method: 'GET', url: `/api/team/realisation?periodId=${quarter.id}` });
    const row = team.json().items.find((i: { pegawaiId: string }) => i.pegawaiId === scene.owner.id);
    if (row) assert.equal(row.late, true);
  });

  test('when the first quarter was submitted before its deadline, then it is not late', async () => {
    assert.equal((await owner.request({ method: 'GET', url: scene.periodUrl() })).json().late, false);
  });
});
