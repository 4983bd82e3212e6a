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
let outsider: TestClient;

before(async () => {
  t = await startTestApp();
  scene = await realisationScene(t);
  [owner, atasan, staff] = await Promise.all([scene.signInOwner(), scene.signInAtasan(), scene.signInStaff()]);
  outsider = await t.signIn('199203112019031007'); // staf Dinas Perhubungan: no working relation with the puskesmas
});
after(() => t.close());

const give = (client: TestClient, payload: object) => client.request({ method: 'POST', url: '/api/feedback', payload });

describe('umpan balik berkelanjutan', () => {
  test('when the atasan writes feedback on an RHK row in a period, then the pegawai sees it under that row and is notified', async () => {
    const rhkId = scene.iki[0]!.rhkId;
    const res = await give(atasan, { toPegawaiId: scene.owner.id, skpId: scene.skp.id, periodId: scene.period.id, rhkId, text: 'Laporan sudah tepat waktu; lengkapi dengan rekap kunjungan.' });
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(['ATASAN', 'PENILAI'].includes(res.json().relation));
    const view = (await owner.request({ method: 'GET', url: scene.periodUrl() })).json();
    const row = view.rhk.find((r: { id: string }) => r.id === rhkId);
    assert.equal(row.feedback[0].text, 'Laporan sudah tepat waktu; lengkapi dengan rekap kunjungan.');
    const note = await t.db.selectFrom('notification as n').innerJoin('account as a', 'a.id', 'n.account_id').select('n.kind').where('a.pegawai_id', '=', scene.owner.id).where('n.kind', '=', 'FEEDBACK_RECEIVED').execute();
    assert.equal(note.length, 1);
  });

  test('when the atasan writes on a core value, then it appears under that value', async () => {
    const res = await give(atasan, { toPegawaiId: scene.owner.id, skpId: scene.skp.id, periodId: scene.period.id, coreValue: 'KOLABORATIF', text: 'Koordinasi lintas program sangat baik.' });
    assert.equal(res.statusCode, 200, res.body);
    const view = (await owner.request({ method: 'GET', url: scene.periodUrl() })).json();
    assert.equal(view.perilaku.find((p: { code: string }) => p.code === 'KOLABORATIF').feedback.length, 1);
  });

  test('when a subordinate gives general feedback to her atasan, then it is recorded as BAWAHAN; on the SKP rows she may not', async () => {
    const res = await give(staff, { toPegawaiId: scene.owner.id, text: 'Terima kasih atas arahannya pada rapat minggu lalu.' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().relation, 'BAWAHAN');
    const onRow = await give(staff, { toPegawaiId: scene.owner.id, skpId: scene.skp.id, periodId: scene.period.id, rhkId: scene.iki[0]!.rhkId, text: 'x' });
    assert.equal(onRow.json().error.code, 'FORBIDDEN_SCOPE');
  });

  test('when someone without a working relation writes, or the input is bad, then it is refused and nothing is written', async () => {
    const [rows, audit] = [await countRows(t.db, 'feedback'), await countRows(t.db, 'audit_log')];
    assert.equal((await give(outsider, { toPegawaiId: scene.owner.id, text: 'Halo' })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await give(atasan, { toPegawaiId: scene.owner.id, text: '' })).statusCode, 400);
    assert.equal((await give(atasan, { toPegawaiId: scene.owner.id, rhkId: scene.iki[0]!.rhkId, text: 'tanpa SKP' })).statusCode, 400);
    assert.equal((await give(atasan, { toPegawaiId: scene.owner.id, skpId: scene.skp.id, periodId: scene.period.id, coreValue: 'RAJIN', text: 'x' })).statusCode, 422);
    assert.equal((await give(atasan, { toPegawaiId: '999999', text: 'x' })).statusCode, 404);
    assert.equal((await t.request({ method: 'POST', url: '/api/feedback', payload: { toPegawaiId: scene.owner.id, text: 'x' } })).statusCode, 401);
    assert.equal(await countRows(t.db, 'feedback'), rows);
    assert.equal(await countRows(t.db, 'audit_log'), audit);
  });

  test('when the pegawai reads her stream, then she sees what she received, newest first, paged', async () => {
    const first = (await owner.request({ method: 'GET', url: '/api/feedback?limit=2' })).json();
    assert.equal(first.items.length, 2);
    assert.equal(first.items[0].from.name.length > 0, true);
    assert.ok(first.nextCursor);
    const second = (await owner.request({ method: 'GET', url: `/api/feedback?limit=2&cursor=${first.nextCursor}` })).json();
    assert.equal(second.items.length, 1);
    assert.equal(second.nextCursor, null);
  });

  test('when the atasan reads what she gave and what her report received, then both are there; an outsider may not read them', async () => {
    assert.equal((await atasan.request({ method: 'GET', url: '/api/feedback?direction=given' })).json().items.length, 2);
    assert.equal((await atasan.request({ method: 'GET', url: `/api/feedback?pegawaiId=${scene.owner.id}` })).json().items.length, 3);
    assert.equal((await outsider.request({ method: 'GET', url: `/api/feedback?pegawaiId=${scene.owner.id}` })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await owner.request({ method: 'GET', url: '/api/feedback?cursor=zzz' })).statusCode, 400);
  });

  test('when the atasan lists whom she may write to, then her report is there as ATASAN or PENILAI', async () => {
    const res = await atasan.request({ method: 'GET', url: '/api/feedback/recipients' });
    assert.equal(res.statusCode, 200);
    const item = res.json().items.find((i: { pegawaiId: string }) => i.pegawaiId === scene.owner.id);
    assert.ok(['ATASAN', 'PENILAI'].includes(item.relation));
  });
});
