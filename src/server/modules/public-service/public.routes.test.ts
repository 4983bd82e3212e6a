import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { countRows } from '../../../../test/support/fixtures';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { complaintBody, demoYear, fileComplaint, fromAddress, multipartForm, newAddress, PNG_1x1 } from './public-service.test-support';

let t: TestApp;
before(async () => {
  t = await startTestApp({ trustProxy: true });
  t.clock.set((await demoYear(t)).firstPeriodMoment);
});
after(() => t.close());

const TICKET = /^[0-9A-HJKMNP-TV-Z]{10}$/;
const unitUrl = '/api/public/service-units/pkm-tanah-garam';
const filesIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : []);

describe('the public unit page', () => {
  test('when the directory is asked for, then the active units are listed by slug, with no session', async () => {
    const res = await t.request({ method: 'GET', url: '/api/public/service-units' });
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(res.json().items.some((u: { slug: string; name: string }) => u.slug === 'pkm-tanah-garam' && u.name === 'Puskesmas Tanah Garam'));
  });

  test('when the QR page of Puskesmas Tanah Garam is opened, then it has the complaint types with the KemenPANRB standards and the nine unsur', async () => {
    const res = await t.request({ method: 'GET', url: unitUrl });
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json();
    assert.equal(page.publicPath, '/layanan/pkm-tanah-garam');
    assert.equal(page.firstResponseDays, 3);
    assert.deepEqual(page.categories.map((c: { code: string; resolutionDays: number }) => [c.code, c.resolutionDays]), [['INFORMASI', 5], ['KELUHAN', 5], ['SENGKETA', 14], ['PEMERIKSAAN_LAPANGAN', 60]]);
    assert.equal(page.ikmUnsur.length, 9);
  });

  test('when an unknown or malformed unit is asked for, then 404 or 400', async () => {
    assert.equal((await t.request({ method: 'GET', url: '/api/public/service-units/tidak-ada' })).json().error.code, 'NOT_FOUND');
    assert.equal((await t.request({ method: 'GET', url: '/api/public/service-units/Bukan%20Slug!' })).statusCode, 400);
  });

  test('when the QR code is asked for, then it is an SVG to print; an unknown unit is 404', async () => {
    const res = await t.request({ method: 'GET', url: `${unitUrl}/qr.svg` });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^image\/svg\+xml/);
    assert.match(res.body, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal((await t.request({ method: 'GET', url: '/api/public/service-units/tidak-ada/qr.svg' })).statusCode, 404);
  });
});

describe('filing a complaint and following it', () => {
  test('when a citizen files a complaint, then a ticket comes back with the deadlines, and the ticket shows its status without the description', async () => {
    const res = await fileComplaint(t, 'pkm-tanah-garam', complaintBody({ name: 'Rahmat Uji', phone: '081277788899' }));
    assert.equal(res.statusCode, 201, res.body);
    const receipt = res.json();
    assert.match(receipt.ticket, TICKET);
    assert.equal(receipt.status, 'DITERIMA');
    assert.equal(receipt.duplicate, false);
    const status = await t.request({ method: 'GET', url: `/api/public/complaints/${receipt.ticket}` });
    assert.equal(status.statusCode, 200, status.body);
    assert.equal(status.json().unitName, 'Puskesmas Tanah Garam');
    assert.equal(status.json().resolutionDue, receipt.resolutionDue);
    assert.equal('description' in status.json(), false);
    // People read codes aloud: lower case, dashes and O for 0 are accepted.
    const typed = `${receipt.ticket.slice(0, 5).toLowerCase()}-${receipt.ticket.slice(5).replace(/0/g, 'O')}`;
    assert.equal((await t.request({ method: 'GET', url: `/api/public/complaints/${typed}` })).statusCode, 200);
  });

  test('when the ticket is unknown or malformed, then 404 or 400', async () => {
    assert.equal((await t.request({ method: 'GET', url: '/api/public/complaints/ABCDEFGHJK' })).statusCode, 404);
    assert.equal((await t.request({ method: 'GET', url: '/api/public/complaints/%25%25' })).statusCode, 400);
  });

  test('when the form is incomplete or wrong, then 400 and nothing is written', async () => {
    const before = await countRows(t.db, 'complaint');
    for (const body of [complaintBody({ description: 'terlalu pendek' }), complaintBody({ category: 'SARAN' }), complaintBody({ email: 'bukan-email' }), complaintBody({ phone: 'abc' }), {}]) {
      const res = await fileComplaint(t, 'pkm-tanah-garam', body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(res.json().error.code, 'VALIDATION_FAILED');
    }
    assert.equal((await fileComplaint(t, 'tidak-ada')).statusCode, 404);
    assert.equal(await countRows(t.db, 'complaint'), before);
  });

  test('when a bot fills the hidden field, then it gets a receipt that leads nowhere, and nothing is stored', async () => {
    const before = await countRows(t.db, 'complaint');
    const res = await fileComplaint(t, 'pkm-tanah-garam', complaintBody({ website: 'http://spam.example' }));
    assert.equal(res.statusCode, 201);
    assert.equal(await countRows(t.db, 'complaint'), before);
    assert.equal((await t.request({ method: 'GET', url: `/api/public/complaints/${res.json().ticket}` })).statusCode, 404);
  });

  test('when the same complaint is sent twice from one address, then the first ticket comes back; from another address, it is kept but flagged', async () => {
    const body = complaintBody();
    const ip = newAddress();
    const first = await fileComplaint(t, 'pkm-tanah-garam', body, ip);
    const again = await fileComplaint(t, 'pkm-tanah-garam', { ...body, description: `  ${String(body.description).toUpperCase()} ` }, ip);
    assert.equal(again.statusCode, 200);
    assert.deepEqual([again.json().ticket, again.json().duplicate], [first.json().ticket, true]);
    const elsewhere = await fileComplaint(t, 'pkm-tanah-garam', body, newAddress());
    assert.equal(elsewhere.statusCode, 201);
    const flagged = await t.db.selectFrom('complaint as c').innerJoin('complaint as d', 'd.id', 'c.duplicate_of').select('d.ticket').where('c.ticket', '=', elsewhere.json().ticket).executeTakeFirst();
    assert.equal(flagged?.ticket, first.json().ticket);
  });

  test('when a photo is attached, then it is kept; a file that is not an image is refused and nothing stays in storage', async () => {
    const fields = { category: 'KELUHAN', description: 'Toilet di ruang tunggu rusak sejak minggu lalu, foto terlampir.', website: '' };
    const withPhoto = multipartForm(fields, { field: 'photo', name: 'toilet.png', content: PNG_1x1, type: 'image/png' });
    const res = await t.request({ method: 'POST', url: `${unitUrl}/complaints`, payload: withPhoto.payload, headers: { ...withPhoto.headers, ...fromAddress(newAddress()) } });
    assert.equal(res.statusCode, 201, res.body);
    const stored = await t.db.selectFrom('complaint').select(['photo_key', 'photo_content_type']).where('ticket', '=', res.json().ticket).executeTakeFirstOrThrow();
    assert.equal(stored.photo_content_type, 'image/png');
    const filesBefore = filesIn(path.join(t.dataDir, 'files')).length;
    const pdf = multipartForm({ ...fields, description: `${fields.description} Lagi.` }, { field: 'photo', name: 'foto.png', content: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'), type: 'image/png' });
    const refused = await t.request({ method: 'POST', url: `${unitUrl}/complaints`, payload: pdf.payload, headers: { ...pdf.headers, ...fromAddress(newAddress()) } });
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(filesIn(path.join(t.dataDir, 'files')).length, filesBefore);
    const noPhoto = multipartForm({ category: 'INFORMASI', description: 'Mohon informasi jadwal posyandu lansia bulan ini.' });
    assert.equal((await t.request({ method: 'POST', url: `${unitUrl}/complaints`, payload: noPhoto.payload, headers: { ...noPhoto.headers, ...fromAddress(newAddress()) } })).statusCode, 201);
  });
});

describe('the IKM survey', () => {
  const submit = (payload: object, ip = newAddress()) => t.request({ method: 'POST', url: `${unitUrl}/ikm`, payload, headers: fromAddress(ip) });
  /** The survey page first gets a respondent token for the device (issue #16). */
  const respondentToken = async () => (await t.request({ method: 'POST', url: `${unitUrl}/ikm/token`, headers: fromAddress(newAddress()) })).json().token as string;

  test('when a respondent answers the nine unsur, then it is kept; the same answers from the same address right after are not counted twice', async () => {
    const before = await countRows(t.db, 'ikm_response');
    const ip = newAddress();
    const answer = { scores: [4, 3, 3, 4, 3, 4, 4, 3, 3], comment: 'Pelayanan ramah.', respondentToken: await respondentToken() };
    assert.equal((await submit(answer, ip)).json().duplicate, false);
    assert.equal((await submit(answer, ip)).json().duplicate, true);
    assert.equal(await countRows(t.db, 'ikm_response'), before + 1);
  });

  test('when the answers are not nine scores of 1–4, then 400; a filled honeypot is answered but not kept', async () => {
    const before = await countRows(t.db, 'ikm_response');
    for (const scores of [[4, 4, 4, 4, 4, 4, 4, 4], [5, 4, 4, 4, 4, 4, 4, 4, 4], [0, 4, 4, 4, 4, 4, 4, 4, 4], [3.5, 4, 4, 4, 4, 4, 4, 4, 4]]) assert.equal((await submit({ scores })).statusCode, 400);
    const token = await respondentToken();
    assert.equal((await submit({ scores: [1, 1, 1, 1, 1, 1, 1, 1, 1], website: 'x', respondentToken: token })).statusCode, 200);
    assert.equal(await countRows(t.db, 'ikm_response'), before);
    assert.equal((await t.request({ method: 'POST', url: '/api/public/service-units/tidak-ada/ikm', payload: { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4], respondentToken: token } })).statusCode, 404);
  });
});

describe('the transparency dashboard', () => {
  test('when the dashboard is opened, then each unit has IKM and complaints per period, and groups too small to be anonymous are withheld', async () => {
    const res = await t.request({ method: 'GET', url: '/api/public/dashboard' });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.minResponses, 5);
    const tanahGaram = body.units.find((u: { slug: string }) => u.slug === 'pkm-tanah-garam');
    assert.equal(tanahGaram.periods.length, body.periods.length);
    assert.ok(tanahGaram.periods[0].ikm.respondents >= 5);
    assert.match(tanahGaram.periods[0].ikm.mutu, /^[ABCD]$/);
    // Kelurahan Koto Panjang gets 4 answers a quarter in the demo: never shown.
    const small = body.units.find((u: { slug: string }) => u.slug === 'kel-koto-panjang');
    assert.ok(small.periods.every((p: { ikm: unknown }) => p.ikm === null));
    assert.ok(small.periods.some((p: { ikmHidden: boolean }) => p.ikmHidden));
    assert.equal((await t.request({ method: 'GET', url: '/api/public/dashboard?instansi=TIDAKADA' })).statusCode, 404);
    assert.equal((await t.request({ method: 'GET', url: '/api/public/dashboard?year=abc' })).statusCode, 400);
  });
});
