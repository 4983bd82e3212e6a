import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoLogins } from '../../seed/demo-accounts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { notify } from './notify';

let t: TestApp;
let siti: TestClient;
let fajar: TestClient;
const mine: string[] = [];
let fajarsId: string;

const list = (who: TestClient, query = '') => who.request({ method: 'GET', url: `/api/notifications${query}` });
const read = (who: TestClient, id: string) => who.request({ method: 'POST', url: `/api/notifications/${id}/read`, payload: {} });

before(async () => {
  t = await startTestApp();
  siti = await t.signIn(demoLogins.stafDikbud);
  fajar = await t.signIn(demoLogins.stafDishub);
  for (const n of [1, 2, 3]) {
    await notify(t.db, { accountIds: [siti.accountId] }, { kind: 'FEEDBACK_RECEIVED', title: `Umpan balik ${n}`, body: `Isi ${n}`, link: `/umpan-balik/${n}` });
    mine.unshift((await t.db.selectFrom('notification').select('id').where('account_id', '=', siti.accountId).orderBy('id', 'desc').executeTakeFirstOrThrow()).id);
  }
  await notify(t.db, { accountIds: [fajar.accountId] }, { kind: 'FEEDBACK_RECEIVED', title: 'Untuk Fajar', body: 'x' });
  fajarsId = (await t.db.selectFrom('notification').select('id').where('account_id', '=', fajar.accountId).orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
});
after(() => t.close());

describe('my notifications', () => {
  test('when not signed in, then 401 UNAUTHENTICATED', async () => {
    const res = await t.request({ method: 'GET', url: '/api/notifications' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'UNAUTHENTICATED');
  });

  test('when I list them, then I see only my own, newest first, with the unread count', async () => {
    const res = await list(siti);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.deepEqual(body.items.map((n: { id: string }) => n.id), mine);
    assert.equal(body.items[0].title, 'Umpan balik 3');
    assert.equal(body.items[0].link, '/umpan-balik/3');
    assert.equal(body.items[0].read, false);
    assert.equal(body.unreadCount, 3);
    assert.equal(body.nextCursor, null);
  });

  test('when I page with limit 2, then the cursor brings the rest', async () => {
    const first = (await list(siti, '?limit=2')).json();
    assert.deepEqual(first.items.map((n: { id: string }) => n.id), mine.slice(0, 2));
    const second = (await list(siti, `?limit=2&cursor=${first.nextCursor}`)).json();
    assert.deepEqual(second.items.map((n: { id: string }) => n.id), mine.slice(2));
    assert.equal(second.nextCursor, null);
    assert.equal((await list(siti, '?cursor=not-a-cursor')).statusCode, 400);
  });

  test('when I mark one read, then it is read, the unread count drops, and the unread filter leaves it out', async () => {
    const res = await read(siti, mine[1]!);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().read, true);
    const again = await read(siti, mine[1]!);
    assert.equal(again.statusCode, 200, 'reading twice is harmless');
    const unread = (await list(siti, '?unread=true')).json();
    assert.deepEqual(unread.items.map((n: { id: string }) => n.id), [mine[0], mine[2]]);
    assert.equal(unread.unreadCount, 2);
    assert.equal((await list(siti, '?unread=false')).json().items.length, 3);
  });

  test("when I mark someone else's notification read, then 403 FORBIDDEN_SCOPE and it stays unread", async () => {
    const res = await read(siti, fajarsId);
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await list(fajar)).json().unreadCount, 1);
  });

  test('when the id is unknown, then 404; when it is not a number, then 400 VALIDATION_FAILED', async () => {
    const unknown = await read(siti, '999999999');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'NOT_FOUND');
    const bad = await read(siti, 'abc');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'VALIDATION_FAILED');
  });

  test('when I mark all read, then mine are all read and nobody else is touched', async () => {
    const res = await siti.request({ method: 'POST', url: '/api/notifications/read-all', payload: {} });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { updated: 2, unreadCount: 0 });
    assert.equal((await list(siti)).json().unreadCount, 0);
    assert.equal((await list(fajar)).json().unreadCount, 1);
  });
});

describe('SKP workflow notifications', () => {
  test('when a pegawai submits an SKP, then the pejabat penilai is notified; a return and an approval notify the owner', async () => {
    const year = (await t.db.selectFrom('performance_year').select('year').where('status', '=', 'OPEN').orderBy('year', 'desc').executeTakeFirstOrThrow()).year;
    const created = await siti.request({ method: 'POST', url: '/api/skp', payload: { year } });
    assert.equal(created.statusCode, 200, created.body);
    const skp = created.json();
    const parent = skp.intervenable.find((i: { kind: string }) => i.kind === 'RHK');
    const iki = [{ aspek: 'KUANTITAS', indicator: 'Jumlah kegiatan budaya yang didokumentasikan', targetValue: 6, satuan: 'Kegiatan' }];
    const added = await siti.request({ method: 'POST', url: `/api/skp/${skp.id}/rhk`, payload: { jenis: 'UTAMA', text: 'Terdokumentasinya kegiatan budaya', parentRhkId: parent.id, iki } });
    assert.equal(added.statusCode, 200, added.body);
    assert.equal((await siti.request({ method: 'POST', url: `/api/skp/${skp.id}/submit`, payload: {} })).statusCode, 200);

    const sitiPegawai = (await t.db.selectFrom('account').select('pegawai_id').where('id', '=', siti.accountId).executeTakeFirstOrThrow()).pegawai_id!;
    const chain = await t.db.selectFrom('penilai_chain').select('penilai_pegawai_id').where('pegawai_id', '=', sitiPegawai).executeTakeFirstOrThrow();
    const penilaiLogin = (await t.db.selectFrom('account').select('login').where('pegawai_id', '=', chain.penilai_pegawai_id!).executeTakeFirstOrThrow()).login;
    const penilai = await t.signIn(penilaiLogin);
    const inbox = (await list(penilai)).json();
    const submitted = inbox.items.find((n: { kind: string; link: string }) => n.kind === 'SKP_SUBMITTED' && n.link === `/skp/${skp.id}`);
    assert.ok(submitted, 'the penilai has the submission in their notifications');
    assert.match(submitted.body, /Siti Aisyah/);
    assert.match(submitted.title, new RegExp(`SKP ${year}`));

    const returned = await penilai.request({ method: 'POST', url: `/api/skp/${skp.id}/return`, payload: { note: 'Tambahkan target waktu' } });
    assert.equal(returned.statusCode, 200, returned.body);
    const back = (await list(siti)).json().items[0];
    assert.equal(back.kind, 'SKP_RETURNED');
    assert.match(back.body, /Catatan: Tambahkan target waktu/);

    assert.equal((await siti.request({ method: 'POST', url: `/api/skp/${skp.id}/submit`, payload: {} })).statusCode, 200);
    assert.equal((await penilai.request({ method: 'POST', url: `/api/skp/${skp.id}/approve`, payload: {} })).statusCode, 200);
    const approved = (await list(siti)).json().items[0];
    assert.equal(approved.kind, 'SKP_APPROVED');
    assert.equal(approved.link, `/skp/${skp.id}`);
  });
});
