import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows } from '../../../../test/support/fixtures';
import { extractPdfText } from '../../../../test/support/pdf-text';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { demoLogins } from '../../seed/demo-accounts';
import { demoYear, serviceUnitId } from './public-service.test-support';

let t: TestApp;
let admin: TestClient;
let head: TestClient;
let perawat: TestClient;
let outsider: TestClient;
let tanahGaram: string;
let firstPeriod: string;

before(async () => {
  t = await startTestApp({ trustProxy: true });
  const demo = await demoYear(t);
  t.clock.set(demo.firstPeriodMoment);
  firstPeriod = demo.periods[0]!.id;
  [admin, head, perawat, outsider] = await Promise.all([t.signIn(demoLogins.adminBkpsdm), t.signIn(demoLogins.kapusTanahGaram), t.signIn(demoLogins.perawat), t.signIn(demoLogins.stafDishub)]);
  tanahGaram = await serviceUnitId(t, 'pkm-tanah-garam');
});
after(() => t.close());

const unitKerja = async (code: string) => (await t.db.selectFrom('unit_kerja').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

describe('service units', () => {
  test('when the head opens her unit, then she sees its staff, herself as head, and may dispatch and manage members', async () => {
    const res = await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}` });
    assert.equal(res.statusCode, 200, res.body);
    const unit = res.json();
    assert.equal(unit.members.length, 25);
    assert.equal(unit.head.nip, demoLogins.kapusTanahGaram);
    assert.deepEqual(unit.can, { edit: false, manageMembers: true, assign: true, readComplaints: true });
    assert.equal(unit.publicPath, '/layanan/pkm-tanah-garam');
  });

  test('when lists are asked for, then each caller sees the units in reach: BKPSDM all, a member hers, an outsider none of Dinkes', async () => {
    const all = (await admin.request({ method: 'GET', url: '/api/service-units' })).json().items;
    assert.equal(all.length, 9);
    assert.deepEqual((await perawat.request({ method: 'GET', url: '/api/service-units' })).json().items.map((u: { slug: string }) => u.slug), ['pkm-tanah-garam']);
    assert.equal((await outsider.request({ method: 'GET', url: '/api/service-units' })).json().items.some((u: { opdName: string }) => u.opdName === 'Dinas Kesehatan'), false);
    assert.equal((await outsider.request({ method: 'GET', url: `/api/service-units/${tanahGaram}` })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await t.request({ method: 'GET', url: '/api/service-units' })).statusCode, 401);
    assert.equal((await admin.request({ method: 'GET', url: '/api/service-units/999999' })).statusCode, 404);
  });

  test('when BKPSDM or the admin OPD creates a unit, then it gets its page; a taken address is 409, another OPD’s unit 403, bad input 400', async () => {
    const created = await admin.request({ method: 'POST', url: '/api/service-units', payload: { unitId: await unitKerja('PKM-KTK'), name: 'Pojok Pengaduan Puskesmas KTK', slug: 'pojok-pkm-ktk' } });
    assert.equal(created.statusCode, 200, created.body);
    assert.equal((await t.request({ method: 'GET', url: '/api/public/service-units/pojok-pkm-ktk' })).statusCode, 200);
    const units = await countRows(t.db, 'service_unit');
    assert.equal((await admin.request({ method: 'POST', url: '/api/service-units', payload: { unitId: await unitKerja('PKM-KTK'), name: 'Lagi', slug: 'pkm-tanah-garam' } })).statusCode, 409);
    const adminDikbud = await t.signIn(demoLogins.adminOpdDikbud);
    assert.equal((await adminDikbud.request({ method: 'POST', url: '/api/service-units', payload: { unitId: await unitKerja('PKM-KTK'), name: 'Bukan OPD saya', slug: 'bukan-opd-saya' } })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await adminDikbud.request({ method: 'POST', url: '/api/service-units', payload: { unitId: await unitKerja('SDN02'), name: 'SD Negeri 02 Kota Solok', slug: 'sdn-02-kota-solok' } })).statusCode, 200);
    assert.equal((await admin.request({ method: 'POST', url: '/api/service-units', payload: { unitId: await unitKerja('PKM-KTK'), name: 'X', slug: 'Huruf Besar' } })).statusCode, 400);
    assert.equal((await admin.request({ method: 'POST', url: '/api/service-units', payload: { unitId: await unitKerja('PKM-KTK'), name: 'Reserved', slug: 'pengaduan' } })).statusCode, 400);
    assert.equal((await head.request({ method: 'POST', url: '/api/service-units', payload: { unitId: await unitKerja('PKM-KTK'), name: 'Kepala', slug: 'oleh-kepala' } })).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal(await countRows(t.db, 'service_unit'), units + 1);
  });

  test('when the unit is renamed or closed, then only BKPSDM or its admin OPD may; a closed unit’s page is gone', async () => {
    const id = (await admin.request({ method: 'POST', url: '/api/service-units', payload: { unitId: await unitKerja('PKM-NANBALIMO'), name: 'Loket Sementara', slug: 'loket-sementara' } })).json().id;
    const dinkes = await t.signIn(demoLogins.adminOpdDinkes);
    assert.equal((await dinkes.request({ method: 'PATCH', url: `/api/service-units/${id}`, payload: { name: 'Loket Sementara Nan Balimo', active: false } })).statusCode, 200);
    assert.equal((await t.request({ method: 'GET', url: '/api/public/service-units/loket-sementara' })).statusCode, 404);
    assert.equal((await (await t.signIn(demoLogins.adminOpdDikbud)).request({ method: 'PATCH', url: `/api/service-units/${id}`, payload: { active: true } })).statusCode, 403);
  });

  test('when the head sets the members, then they are replaced; a member may not; an unknown pegawai is 422 with nothing changed', async () => {
    const current = (await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}` })).json().members as { pegawaiId: string; role: string }[];
    const members = current.map((m, i) => ({ pegawaiId: m.pegawaiId, role: i === 0 ? 'KOORDINATOR' : 'PETUGAS' }));
    const res = await head.request({ method: 'PUT', url: `/api/service-units/${tanahGaram}/members`, payload: { members } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().members.filter((m: { role: string }) => m.role === 'KOORDINATOR').length, 1);
    assert.equal((await perawat.request({ method: 'PUT', url: `/api/service-units/${tanahGaram}/members`, payload: { members } })).statusCode, 403);
    assert.equal((await head.request({ method: 'PUT', url: `/api/service-units/${tanahGaram}/members`, payload: { members: [...members, { pegawaiId: '999999', role: 'PETUGAS' }] } })).statusCode, 422);
    assert.equal((await head.request({ method: 'PUT', url: `/api/service-units/${tanahGaram}/members`, payload: { members: [{ pegawaiId: members[0]!.pegawaiId, role: 'KEPALA' }] } })).statusCode, 400);
    assert.equal((await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}` })).json().members.length, 25);
  });
});

describe('IKM results and the official report', () => {
  test('when the head asks for the first quarter, then NRR per unsur, the index and the mutu come back, with the minimum-respondent check', async () => {
    const res = await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/ikm?periodId=${firstPeriod}` });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json();
    assert.equal(r.unsur.length, 9);
    assert.ok(r.respondents > 0);
    assert.equal(r.belowMinimum, r.respondents < 150);
    const weighted = r.unsur.reduce((sum: number, u: { nrrWeighted: number }) => sum + u.nrrWeighted, 0);
    assert.ok(Math.abs(weighted * 25 - r.index) < 1e-9);
    assert.match(r.mutu, /^[ABCD]$/);
  });

  test('when a unit with few answers is asked for, then it is flagged below the minimum; a period with none has no index', async () => {
    const kotoPanjang = await serviceUnitId(t, 'kel-koto-panjang');
    const r = (await admin.request({ method: 'GET', url: `/api/service-units/${kotoPanjang}/ikm?periodId=${firstPeriod}` })).json();
    assert.equal(r.belowMinimum, true);
    const empty = (await admin.request({ method: 'GET', url: `/api/service-units/${kotoPanjang}/ikm?year=2001` })).json();
    assert.deepEqual([empty.respondents, empty.index, empty.mutu], [0, null, null]);
  });

  test('when the report is downloaded, then the PDF has the official table and the XLSX every respondent; outsiders get 403, unknown 404', async () => {
    const pdf = await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/ikm/report.pdf?periodId=${firstPeriod}` });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const text = (await extractPdfText(pdf.rawPayload)).text;
    for (const words of ['LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT', 'NRR TERTIMBANG', 'IKM unit pelayanan', 'Penanganan Pengaduan, Saran dan Masukan', 'Mutu pelayanan']) assert.ok(text.includes(words), words);
    const xlsx = await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/ikm/report.xlsx?periodId=${firstPeriod}` });
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
    assert.equal((await outsider.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/ikm/report.pdf` })).statusCode, 403);
    assert.equal((await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/ikm?periodId=999999` })).statusCode, 404);
    assert.equal((await head.request({ method: 'GET', url: `/api/service-units/${tanahGaram}/ikm?year=abc` })).statusCode, 400);
  });
});

describe('the holiday calendar', () => {
  test('when the demo year is listed, then the national holidays are there; BKPSDM adds a regional day and removes it, audited', async () => {
    const year = Number((await t.db.selectFrom('performance_year').select('year').executeTakeFirstOrThrow()).year);
    const list = (await perawat.request({ method: 'GET', url: `/api/holidays?year=${year}` })).json().items;
    if (year === 2026) assert.equal(list.length, 25);
    const put = await admin.request({ method: 'PUT', url: `/api/holidays/${year}-12-17`, payload: { name: 'Hari Jadi Kota Solok', kind: 'LIBUR_DAERAH' } });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal((await admin.request({ method: 'DELETE', url: `/api/holidays/${year}-12-17` })).statusCode, 200);
    assert.equal((await admin.request({ method: 'DELETE', url: `/api/holidays/${year}-12-17` })).statusCode, 404);
    assert.equal((await admin.request({ method: 'PUT', url: `/api/holidays/${year}-02-30`, payload: { name: 'Tidak ada' } })).statusCode, 422);
    assert.equal((await admin.request({ method: 'PUT', url: '/api/holidays/17-12-2026', payload: { name: 'x' } })).statusCode, 400);
    assert.equal((await head.request({ method: 'PUT', url: `/api/holidays/${year}-12-17`, payload: { name: 'x' } })).json().error.code, 'FORBIDDEN_SCOPE');
    const actions = (await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'holiday').where('entity_id', '=', `${year}-12-17`).execute()).map((a) => a.action);
    assert.deepEqual(actions, ['holiday.set', 'holiday.removed']);
  });

  test('when BKPSDM loads the 2026 national list again, then nothing is added twice; a year without a list is 422', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/holidays/national', payload: { year: 2026 } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().items.length, 25);
    assert.equal((await admin.request({ method: 'POST', url: '/api/holidays/national', payload: { year: 2026 } })).json().added, 0);
    assert.equal((await admin.request({ method: 'POST', url: '/api/holidays/national', payload: { year: 2031 } })).statusCode, 422);
  });
});
