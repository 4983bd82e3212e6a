import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { countRows } from '../../../../test/support/fixtures';
import { testConfig } from '../../../../test/support/test-database';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { demoLogins } from '../../seed/demo-accounts';
import { escalateOverdueComplaints } from './escalation.job';
import { createAppContext } from '../../platform/app-context';
import { complaintBody, demoYear, fileComplaint, fromAddress, multipartForm, newAddress, serviceUnitId, PNG_1x1 } from './public-service.test-support';

let t: TestApp;
let head: TestClient;
let perawat: TestClient;
let outsider: TestClient;
let tanahGaram: string;
let perawatId: string;

/** Sessions idle out after 30 minutes: after moving the clock, sign in again. */
async function signInAll() {
  [head, perawat, outsider] = await Promise.all([t.signIn(demoLogins.kapusTanahGaram), t.signIn(demoLogins.perawat), t.signIn(demoLogins.stafDishub)]);
}

let start: Date;
before(async () => {
  t = await startTestApp({ trustProxy: true });
  start = (await demoYear(t)).firstPeriodMoment;
  t.clock.set(start);
  await signInAll();
  tanahGaram = await serviceUnitId(t, 'pkm-tanah-garam');
  perawatId = (await t.db.selectFrom('pegawai').select('id').where('nip', '=', demoLogins.perawat).executeTakeFirstOrThrow()).id;
});
after(() => t.close());

async function newComplaint(body = complaintBody()) {
  const res = await fileComplaint(t, 'pkm-tanah-garam', body);
  assert.equal(res.statusCode, 201, res.body);
  const row = await t.db.selectFrom('complaint').select('id').where('ticket', '=', res.json().ticket).executeTakeFirstOrThrow();
  return { id: row.id, ticket: res.json().ticket as string };
}
const post = (client: TestClient, id: string, action: string, payload: object) => client.request({ method: 'POST', url: `/api/complaints/${id}/${action}`, payload });

describe('acceptance 1: a citizen complains at Puskesmas Tanah Garam, the head assigns, the pegawai answers', () => {
  test('when the whole story runs, then the citizen reads the answer on the status page and the response time is recorded', async () => {
    // The citizen opens the unit's QR page and files, without an account.
    assert.equal((await t.request({ method: 'GET', url: '/api/public/service-units/pkm-tanah-garam' })).statusCode, 200);
    const { id, ticket } = await newComplaint(complaintBody({ name: 'Warga Uji', phone: '081311122233' }));
    const received = await t.db.selectFrom('notification as n').innerJoin('account as a', 'a.id', 'n.account_id').select('n.link').where('a.login', '=', demoLogins.kapusTanahGaram).where('n.kind', '=', 'COMPLAINT_RECEIVED').orderBy('n.id', 'desc').executeTakeFirst();
    assert.equal(received?.link, `/layanan/pengaduan/${id}`);

    // The head sees it in the unit's inbox, with the complainant's contact.
    const inbox = await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/complaints?status=DITERIMA` });
    assert.equal(inbox.statusCode, 200, inbox.body);
    assert.ok(inbox.json().items.some((c: { ticket: string }) => c.ticket === ticket));
    const seen = (await head.request({ method: 'GET', url: `/api/complaints/${id}` })).json();
    assert.deepEqual(seen.contact, { name: 'Warga Uji', phone: '081311122233', email: null });
    assert.deepEqual(seen.can, { assign: true, respond: true, resolve: true, reject: true });

    // The head assigns it to a perawat of the puskesmas.
    t.clock.advance(2 * 3600_000);
    await signInAll();
    const assigned = await post(head, id, 'assign', { pegawaiId: perawatId, note: 'Mohon dicek ke apotek.' });
    assert.equal(assigned.statusCode, 200, assigned.body);
    assert.equal(assigned.json().status, 'DIDISPOSISIKAN');
    const mine = (await perawat.request({ method: 'GET', url: '/api/complaints/assigned' })).json();
    assert.ok(mine.items.some((c: { id: string }) => c.id === id));
    assert.ok(await t.db.selectFrom('notification as n').innerJoin('account as a', 'a.id', 'n.account_id').select('n.id').where('a.pegawai_id', '=', perawatId).where('n.kind', '=', 'COMPLAINT_ASSIGNED').executeTakeFirst());

    // The pegawai responds the next day, then resolves.
    t.clock.advance(20 * 3600_000);
    await signInAll();
    const responded = await post(perawat, id, 'respond', { text: 'Pengaduan Anda sedang kami periksa bersama petugas apotek.' });
    assert.equal(responded.statusCode, 200, responded.body);
    assert.equal(responded.json().status, 'DITANGGAPI');
    const resolved = await post(perawat, id, 'resolve', { text: 'Stok obat sudah tersedia kembali; silakan ambil di apotek.' });
    assert.equal(resolved.json().status, 'SELESAI');

    const status = (await t.request({ method: 'GET', url: `/api/public/complaints/${ticket}` })).json();
    assert.equal(status.status, 'SELESAI');
    assert.ok(status.timeline.some((e: { text: string | null }) => e.text === 'Stok obat sudah tersedia kembali; silakan ambil di apotek.'));
    assert.ok(status.timeline.every((e: { text: string | null }) => e.text !== 'Mohon dicek ke apotek.'), 'the dispatch note stays internal');
    assert.equal(status.overdue, false);
    const row = await t.db.selectFrom('complaint').select(['first_response_at', 'first_response_days', 'resolved_at']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.ok(row.first_response_at && row.resolved_at);
    // Received on a Monday morning (WIB), answered 22 hours later: one service day.
    assert.equal(row.first_response_days, 1);
    assert.deepEqual((await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'complaint').where('entity_id', '=', id).orderBy('id').execute()).map((a) => a.action), ['complaint.received', 'complaint.assigned', 'complaint.responded', 'complaint.resolved']);
    t.clock.set(start);
  });
});

describe('who may do what with a complaint', () => {
  test('when nobody is signed in, then the staff endpoints are 401', async () => {
    const { id } = await newComplaint();
    for (const url of [`/api/complaints/${id}`, '/api/complaints/assigned', `/api/service-units/${tanahGaram}/complaints`]) assert.equal((await t.request({ method: 'GET', url })).statusCode, 401, url);
  });

  test('when a pegawai of another unit reaches for it, then 403; an unknown id is 404; a bad id 400', async () => {
    const { id } = await newComplaint();
    assert.equal((await outsider.request({ method: 'GET', url: `/api/complaints/${id}` })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await outsider.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/complaints` })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await post(outsider, id, 'respond', { text: 'x' })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await head.request({ method: 'GET', url: '/api/complaints/999999' })).statusCode, 404);
    assert.equal((await head.request({ method: 'GET', url: '/api/complaints/abc' })).statusCode, 400);
    assert.equal((await head.request({ method: 'GET', url: '/api/service-units/999999/complaints' })).statusCode, 404);
  });

  test('when readers above the unit open it, then they see the complaint but not who complained', async () => {
    const { id } = await newComplaint(complaintBody({ name: 'Rahasia Uji', email: 'rahasia@contoh.id' }));
    for (const login of [demoLogins.adminOpdDinkes, demoLogins.kadinkes, demoLogins.adminBkpsdm, demoLogins.auditor]) {
      const client = await t.signIn(login);
      const res = await client.request({ method: 'GET', url: `/api/complaints/${id}` });
      assert.equal(res.statusCode, 200, `${login}: ${res.body}`);
      assert.equal(res.json().contact, null);
      assert.equal(res.json().contactVisible, false);
      assert.equal(res.body.includes('Rahasia Uji'), false);
      assert.equal((await post(client, id, 'assign', { pegawaiId: perawatId })).statusCode, 403);
    }
  });

  test('when a member who is not assigned, or someone not in the unit, acts, then 403; assigning outside the unit is 422; bad input 400 with nothing written', async () => {
    const { id } = await newComplaint();
    assert.equal((await post(perawat, id, 'assign', { pegawaiId: perawatId })).statusCode, 403);
    assert.equal((await post(perawat, id, 'respond', { text: 'Saya tanggapi' })).statusCode, 403);
    const dishubPegawai = (await t.db.selectFrom('pegawai').select('id').where('nip', '=', demoLogins.stafDishub).executeTakeFirstOrThrow()).id;
    const events = await countRows(t.db, 'complaint_event');
    assert.equal((await post(head, id, 'assign', { pegawaiId: dishubPegawai })).json().error.code, 'RULE_VIOLATION');
    assert.equal((await post(head, id, 'assign', { pegawaiId: 'x' })).statusCode, 400);
    assert.equal((await post(head, id, 'respond', { text: '' })).statusCode, 400);
    assert.equal((await post(head, id, 'reject', {})).statusCode, 400);
    assert.equal(await countRows(t.db, 'complaint_event'), events);
  });

  test('when a complaint is rejected with a reason, then it is closed: the reason is public and nothing more can happen (409)', async () => {
    const { id, ticket } = await newComplaint();
    const res = await post(head, id, 'reject', { reason: 'Bukan kewenangan puskesmas; telah diteruskan ke RSUD.' });
    assert.equal(res.json().status, 'DITOLAK');
    assert.equal((await post(head, id, 'respond', { text: 'lagi' })).statusCode, 409);
    const status = (await t.request({ method: 'GET', url: `/api/public/complaints/${ticket}` })).json();
    assert.equal(status.timeline.at(-1).text, 'Bukan kewenangan puskesmas; telah diteruskan ke RSUD.');
  });

  test('when the head reclassifies while assigning, then the deadlines follow the new type', async () => {
    const { id } = await newComplaint();
    const before = (await head.request({ method: 'GET', url: `/api/complaints/${id}` })).json();
    const res = await post(head, id, 'assign', { pegawaiId: perawatId, category: 'PEMERIKSAAN_LAPANGAN' });
    assert.equal(res.json().category, 'PEMERIKSAAN_LAPANGAN');
    assert.ok(res.json().resolutionDue > before.resolutionDue);
  });

  test('when the photo is opened, then the handling unit gets it and a reader above does not', async () => {
    const form = multipartForm({ category: 'KELUHAN', description: 'Lantai ruang tunggu licin dan berbahaya bagi lansia, lihat foto.' }, { field: 'photo', name: 'lantai.png', content: PNG_1x1, type: 'image/png' });
    const filed = await t.request({ method: 'POST', url: '/api/public/service-units/pkm-tanah-garam/complaints', payload: form.payload, headers: { ...form.headers, ...fromAddress(newAddress()) } });
    const id = (await t.db.selectFrom('complaint').select('id').where('ticket', '=', filed.json().ticket).executeTakeFirstOrThrow()).id;
    const photo = await head.request({ method: 'GET', url: `/api/complaints/${id}/photo` });
    assert.equal(photo.statusCode, 200);
    assert.equal(photo.headers['content-type'], 'image/png');
    assert.equal((await (await t.signIn(demoLogins.adminOpdDinkes)).request({ method: 'GET', url: `/api/complaints/${id}/photo` })).statusCode, 403);
    const { id: withoutPhoto } = await newComplaint();
    assert.equal((await head.request({ method: 'GET', url: `/api/complaints/${withoutPhoto}/photo` })).statusCode, 404);
  });

  test('when the inbox is paged or filtered, then pages follow each other and overdue ones can be picked out', async () => {
    const first = await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/complaints?limit=5` });
    const page1 = first.json();
    assert.equal(page1.items.length, 5);
    const page2 = (await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/complaints?limit=5&cursor=${page1.nextCursor}` })).json();
    assert.equal(page2.items.some((c: { id: string }) => page1.items.some((d: { id: string }) => d.id === c.id)), false);
    const overdue = (await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/complaints?overdue=true&limit=200` })).json();
    assert.ok(overdue.items.every((c: { overdue: { firstResponse: boolean; resolution: boolean } }) => c.overdue.firstResponse || c.overdue.resolution));
    assert.equal((await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/complaints?cursor=rusak` })).statusCode, 400);
    assert.equal((await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/complaints?periodId=999999` })).statusCode, 404);
  });
});

describe('escalation of overdue complaints', () => {
  test('when a complaint passes its first-response deadline unanswered, then the head is told once; when its resolution is late, once more', async () => {
    const { id, ticket } = await newComplaint();
    const ctx = createAppContext({ config: testConfig(t.dataDir), database: t.database, clock: t.clock, logger: pino({ level: 'silent' }) });
    const notices = () => t.db.selectFrom('notification as n').innerJoin('account as a', 'a.id', 'n.account_id').select('n.title').where('a.login', '=', demoLogins.kapusTanahGaram).where('n.kind', '=', 'COMPLAINT_OVERDUE').where('n.title', 'like', `%${ticket}%`).execute();
    t.clock.advance(8 * 86_400_000);
    await escalateOverdueComplaints(ctx);
    await escalateOverdueComplaints(ctx);
    let titles = (await notices()).map((n) => n.title);
    assert.equal(titles.length, 1);
    assert.match(titles[0]!, /tanggapan pertama|penyelesaian/);
    await signInAll();
    const detail = (await head.request({ method: 'GET', url: `/api/complaints/${id}` })).json();
    assert.equal(detail.escalated, true);
    assert.equal(detail.overdue.firstResponse, true);
    t.clock.advance(10 * 86_400_000);
    await escalateOverdueComplaints(ctx);
    titles = (await notices()).map((n) => n.title);
    assert.ok(titles.length <= 2 && titles.some((title) => /penyelesaian/.test(title)));
    t.clock.set(start);
  });
});
