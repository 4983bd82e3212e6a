import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { countRows, FIXTURE_PASSWORD } from '../../../../test/support/fixtures';
import { createTestOrganisation } from '../../../../test/support/org-fixtures';
import { extractPdfText } from '../../../../test/support/pdf-text';

let t: TestApp;
let ids: Record<string, string>;
const as: Record<string, TestClient> = {};
const iki = [{ aspek: 'KUANTITAS', indicator: 'Jumlah dokumen yang diselesaikan', targetValue: 12, satuan: 'Dokumen' }];
const skpOf: Record<string, string> = {};
let kadisRhk: string;
let kabidRhk: string;
let kasiRhk: string;

const post = (who: string, url: string, payload?: object) => as[who]!.request({ method: 'POST', url, payload: payload ?? {} });
const get = (who: string, url: string) => as[who]!.request({ method: 'GET', url });

async function startAndApprove(owner: string, approver: string, rhk: object) {
  const created = await post(owner, '/api/skp', { year: 2026 });
  assert.equal(created.statusCode, 200, created.body);
  skpOf[owner] = created.json().id;
  const added = await post(owner, `/api/skp/${skpOf[owner]}/rhk`, rhk);
  assert.equal(added.statusCode, 200, added.body);
  assert.equal((await post(owner, `/api/skp/${skpOf[owner]}/submit`)).statusCode, 200);
  const approved = await post(approver, `/api/skp/${skpOf[owner]}/approve`);
  assert.equal(approved.statusCode, 200, approved.body);
  return approved.json() as { rhk: { id: string }[]; status: string };
}

before(async () => {
  t = await startTestApp();
  ids = await createTestOrganisation(t.db, '2026-03-02', 'S');
  as.admin = await t.signIn('199001012015011001');
  as.sekda = await t.signIn('197005121995031002');
  for (const key of ['kadis', 'kabidA', 'kabidB', 'kasiA1', 'staff1', 'staff2', 'staff3', 'staff4']) as[key] = await t.signIn(ids[`${key}.nip`]!, FIXTURE_PASSWORD);
  // The demo seed opens the current year; make sure 2026 is open whatever year the template was made in.
  const opened = await post('admin', '/api/years', { year: 2026 });
  assert.ok([200, 409].includes(opened.statusCode));
});
after(() => t.close());

describe('planning an SKP from the organisation goal down to staff', () => {
  test('when no performance year is open, then an SKP cannot be started', async () => {
    const res = await post('kadis', '/api/skp', { year: 2098 });
    assert.equal(res.statusCode, 422);
    assert.match(res.json().error.details[0].message, /belum dibuka/);
  });

  test('when BKPSDM opens a year, then it has four quarterly periods, and opening it twice is a conflict', async () => {
    const res = await post('admin', '/api/years', { year: 2099, granularity: 'quarterly' });
    assert.equal(res.statusCode, 200);
    const year = res.json().items.find((y: { year: number }) => y.year === 2099);
    assert.deepEqual(year.periods.map((p: { name: string }) => p.name), ['Triwulan I 2099', 'Triwulan II 2099', 'Triwulan III 2099', 'Triwulan IV 2099']);
    assert.equal((await post('admin', '/api/years', { year: 2099 })).statusCode, 409);
    assert.equal((await post('kadis', '/api/years', { year: 2097 })).json().error.code, 'FORBIDDEN_SCOPE');
  });

  test('when the OPD goal is set and the Kepala Dinas cites it, then the Sekda approves the JPT SKP', async () => {
    const goals = await post('admin', '/api/org-goals', { opdId: ids.dinas, year: 2026, code: 'IKU-1', sasaran: 'Meningkatnya akses pendidikan', indicator: 'Angka partisipasi sekolah', satuan: '%', target: 98.5, direction: 'HIGHER' });
    assert.equal(goals.statusCode, 200);
    const goalId = goals.json().items[0].id;
    const approved = await startAndApprove('kadis', 'sekda', { jenis: 'UTAMA', text: 'Meningkatnya partisipasi sekolah', orgGoalId: goalId, iki: [{ aspek: 'KUALITAS', indicator: 'APS 7–15 tahun', targetValue: 98.5, satuan: '%', perspektif: 'PENERIMA_LAYANAN' }] });
    assert.equal(approved.status, 'DISETUJUI');
    kadisRhk = approved.rhk[0]!.id;
  });

  test('when an RHK names an RHK outside the atasan\'s approved SKP, then 422 and nothing is written', async () => {
    await post('kabidB', '/api/skp', { year: 2026 });
    const kabidBSkp = (await get('kabidB', '/api/skp?scope=mine')).json().items[0].id;
    const before = await countRows(t.db, 'audit_log');
    const res = await post('staff1', '/api/skp', { year: 2026 });
    skpOf.staff1 = res.json().id;
    const afterCreate = await countRows(t.db, 'audit_log');
    const bad = await post('staff1', `/api/skp/${skpOf.staff1}/rhk`, { jenis: 'UTAMA', text: 'Loncat ke kepala dinas', parentRhkId: kadisRhk, iki });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().error.details[0].path, 'parentRhkId');
    assert.equal(await countRows(t.db, 'audit_log'), afterCreate);
    assert.ok(afterCreate === before + 1 && kabidBSkp);
  });

  test('when the Kabid and Kasi cascade their RHK, then each level approves the one below', async () => {
    const kabid = await startAndApprove('kabidA', 'kadis', { jenis: 'UTAMA', text: 'Terlaksananya pendataan anak tidak sekolah', parentRhkId: kadisRhk, iki });
    kabidRhk = kabid.rhk[0]!.id;
    const kasi = await startAndApprove('kasiA1', 'kabidA', { jenis: 'UTAMA', text: 'Tersusunnya basis data anak tidak sekolah', parentRhkId: kabidRhk, iki });
    kasiRhk = kasi.rhk[0]!.id;
  });

  test('when the Kasi assigns one RHK to both staff in one action, then each gets a draft RHK linked to it', async () => {
    const matrix = (await get('kasiA1', '/api/skp-matrix?year=2026')).json();
    assert.deepEqual(matrix.rhk.map((r: { id: string }) => r.id), [kasiRhk]);
    assert.deepEqual(new Set(matrix.subordinates.map((s: { pegawaiId: string }) => s.pegawaiId)), new Set([ids.staff1, ids.staff2]));
    const res = await post('kasiA1', '/api/skp-matrix/cascade', { sourceRhkId: kasiRhk, pegawaiIds: [ids.staff1, ids.staff2] });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { created: 2, alreadyLinked: 0, skpCreated: 1, locked: 0 });
    const again = await post('kasiA1', '/api/skp-matrix/cascade', { sourceRhkId: kasiRhk, pegawaiIds: [ids.staff1, ids.staff2] });
    assert.equal(again.json().alreadyLinked, 2);
    const afterMatrix = (await get('kasiA1', '/api/skp-matrix?year=2026')).json();
    assert.ok(afterMatrix.subordinates.every((s: { linkedRhkIds: string[] }) => s.linkedRhkIds.includes(kasiRhk)));
  });

  test('when someone not directly below is in the cascade list, then 422 and nothing is created', async () => {
    const before = await countRows(t.db, 'audit_log');
    const res = await post('kasiA1', '/api/skp-matrix/cascade', { sourceRhkId: kasiRhk, pegawaiIds: [ids.staff1, ids.staff4] });
    assert.equal(res.statusCode, 422);
    assert.equal(await countRows(t.db, 'audit_log'), before);
  });

  test('when the staff member submits, the Kasi returns it with a note, the staff revises and resubmits, then the Kasi approves and it locks', async () => {
    const skp = (await get('staff1', `/api/skp/${skpOf.staff1}`)).json();
    const cascaded = skp.rhk.find((r: { parent: { id: string } | null }) => r.parent?.id === kasiRhk);
    const withoutIki = await post('staff1', `/api/skp/${skpOf.staff1}/submit`);
    assert.equal(withoutIki.statusCode, 422, 'a cascaded RHK needs its indicators first');
    await as.staff1!.request({ method: 'PUT', url: `/api/skp/${skpOf.staff1}/rhk/${cascaded.id}`, payload: { jenis: 'UTAMA', text: cascaded.text, parentRhkId: kasiRhk, iki } });
    assert.equal((await post('staff1', `/api/skp/${skpOf.staff1}/submit`)).json().status, 'DIAJUKAN');
    assert.equal((await post('staff1', `/api/skp/${skpOf.staff1}/rhk`, { jenis: 'TAMBAHAN', text: 'x', iki })).statusCode, 409, 'locked while submitted');
    const returned = await post('kasiA1', `/api/skp/${skpOf.staff1}/return`, { note: 'Target kuantitas terlalu rendah' });
    assert.equal(returned.json().status, 'DIKEMBALIKAN');
    const mine = (await get('staff1', `/api/skp/${skpOf.staff1}`)).json();
    assert.equal(mine.returnNote, 'Target kuantitas terlalu rendah');
    await as.staff1!.request({ method: 'PUT', url: `/api/skp/${skpOf.staff1}/rhk/${cascaded.id}`, payload: { jenis: 'UTAMA', text: cascaded.text, parentRhkId: kasiRhk, iki: [{ ...iki[0], targetValue: 24 }] } });
    assert.equal((await post('staff1', `/api/skp/${skpOf.staff1}/submit`)).json().status, 'DIAJUKAN');
    const approved = await post('kasiA1', `/api/skp/${skpOf.staff1}/approve`);
    assert.equal(approved.json().status, 'DISETUJUI');
    assert.equal(approved.json().can.edit, false);
    const edit = await as.staff1!.request({ method: 'PATCH', url: `/api/skp/${skpOf.staff1}`, payload: { lampiran: { skema: 'Laporan triwulan' } } });
    assert.equal(edit.statusCode, 409, 'an approved SKP is read-only');
  });

  test('when the approved SKP is downloaded as PDF and XLSX, then the document names both people, the intervened RHK and the indicators', async () => {
    const res = await get('staff1', `/api/skp/${skpOf.staff1}/document.pdf`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), /SKP-2026-.*\.pdf/);
    const { text } = await extractPdfText(res.rawPayload);
    for (const expected of ['SASARAN KINERJA PEGAWAI', 'Staf Satu', 'Kasi A1 Uji', 'Tersusunnya basis data anak tidak sekolah', 'Jumlah dokumen yang diselesaikan', 'Berorientasi Pelayanan', 'Halaman 1 dari']) {
      assert.ok(text.includes(expected), `the PDF says "${expected}"`);
    }
    assert.ok(!text.includes('DRAFT'), 'an approved SKP carries no draft marking');
    const xlsx = await get('staff1', `/api/skp/${skpOf.staff1}/document.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    assert.ok(xlsx.rawPayload.subarray(0, 2).toString() === 'PK', 'an XLSX is a zip');
    assert.equal((await get('staff4', `/api/skp/${skpOf.staff1}/document.pdf`)).statusCode, 403);
  });

  test('when an approved SKP is revised, then it is a new draft revision and the approved one stays readable', async () => {
    const revised = await post('staff1', `/api/skp/${skpOf.staff1}/revise`);
    assert.equal(revised.json().status, 'DRAFT');
    assert.equal(revised.json().revision, 2);
    const first = await get('staff1', `/api/skp/${skpOf.staff1}/revisions/1`);
    assert.equal(first.statusCode, 200);
    assert.equal(first.json().content.rhk[0].iki[0].targetValue, 24);
  });

  for (const [action, status] of [
    ['approve', 'DRAFT'],
    ['return', 'DRAFT'],
    ['revise', 'DRAFT'],
  ] as const) {
    test(`when ${action} is asked of a ${status} SKP, then 409 and nothing changes`, async () => {
      const before = await countRows(t.db, 'audit_log');
      const who = action === 'revise' ? 'staff1' : 'kasiA1';
      const res = await post(who, `/api/skp/${skpOf.staff1}/${action}`, action === 'return' ? { note: 'catatan' } : {});
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().error.code, 'CONFLICT');
      assert.equal(await countRows(t.db, 'audit_log'), before);
      assert.equal((await get('staff1', `/api/skp/${skpOf.staff1}`)).json().status, 'DRAFT');
    });
  }
});

describe('who may touch whose SKP', () => {
  test('when a pegawai edits another\'s SKP, then 403 FORBIDDEN_SCOPE', async () => {
    const res = await post('staff2', `/api/skp/${skpOf.staff1}/rhk`, { jenis: 'TAMBAHAN', text: 'Titipan', iki });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE');
  });

  test('when an atasan outside the chain opens or approves an SKP, then 403; the own atasan may read it', async () => {
    assert.equal((await get('kabidB', `/api/skp/${skpOf.staff1}`)).json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal((await get('staff4', `/api/skp/${skpOf.staff1}`)).statusCode, 403);
    assert.equal((await get('kabidA', `/api/skp/${skpOf.staff1}`)).statusCode, 200, 'the atasan penilai reads it');
    const staff2Skp = (await get('staff2', `/api/skp/${(await get('staff2', '/api/skp?scope=mine')).json().items[0].id}`)).json();
    const linked = staff2Skp.rhk[0];
    await as.staff2!.request({ method: 'PUT', url: `/api/skp/${staff2Skp.id}/rhk/${linked.id}`, payload: { jenis: 'UTAMA', text: linked.text, parentRhkId: kasiRhk, iki } });
    assert.equal((await post('staff2', `/api/skp/${staff2Skp.id}/submit`)).json().status, 'DIAJUKAN');
    const queue = (await get('kasiA1', '/api/skp?scope=team&status=DIAJUKAN')).json().items;
    assert.ok(queue.some((s: { pegawai: { id: string } }) => s.pegawai.id === ids.staff2));
    const foreignApprove = await post('kabidB', `/api/skp/${queue[0].id}/approve`);
    assert.equal(foreignApprove.statusCode, 403);
  });

  test('when an SKP id is unknown or malformed, then 404 or 400', async () => {
    assert.equal((await get('staff1', '/api/skp/999999')).statusCode, 404);
    assert.equal((await get('staff1', '/api/skp/abc')).statusCode, 400);
  });
});

describe('pohon kinerja', () => {
  test('when BKPSDM opens the tree of the OPD, then IKU → Kadis → Kabid → Kasi → staff, and an unlinked RHK Utama is flagged', async () => {
    const staff3 = await post('staff3', '/api/skp', { year: 2026 });
    await post('staff3', `/api/skp/${staff3.json().id}/rhk`, { jenis: 'UTAMA', text: 'Pekerjaan tanpa induk', iki });
    const res = await get('admin', `/api/pohon-kinerja?opdId=${ids.dinas}&year=2026`);
    assert.equal(res.statusCode, 200);
    const tree = res.json();
    const iku = tree.roots[0];
    assert.equal(iku.kind, 'IKU');
    const kadis = iku.children[0];
    assert.equal(kadis.owner, 'Kadis Uji');
    const kabid = kadis.children[0];
    assert.equal(kabid.owner, 'Kabid A Uji');
    const kasi = kabid.children[0];
    assert.deepEqual(new Set(kasi.children.map((c: { owner: string }) => c.owner)), new Set(['Staf Satu', 'Staf Dua']));
    assert.ok(tree.unlinked.some((n: { text: string; flags: string[] }) => n.text === 'Pekerjaan tanpa induk' && n.flags.includes('UNLINKED')));
    assert.equal((await get('staff1', `/api/pohon-kinerja?opdId=${ids.dinas}&year=2026`)).json().error.code, 'FORBIDDEN_SCOPE');
  });
});

describe('mutasi', () => {
  test('when a staff member is transferred, then their running SKP ends the day before and the next one starts on the new post', async () => {
    const transfer = await post('admin', `/api/pegawai/${ids.staff2}/placements`, { jabatanId: ids.jStaffBadan, validFrom: '2026-04-01' });
    assert.equal(transfer.statusCode, 200, transfer.body);
    const list = (await get('staff2', '/api/skp?scope=mine')).json().items;
    assert.equal(list[0].validTo, '2026-03-31');
    const fresh = await post('staff2', '/api/skp', { year: 2026 });
    assert.equal(fresh.statusCode, 200);
    assert.equal(fresh.json().validFrom, '2026-04-01');
    assert.equal(fresh.json().pegawai.jabatan, 'Analis Badan', 'the new SKP is on the new post');
  });
});
