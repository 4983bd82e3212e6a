import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { extractPdfText } from '../../../../test/support/pdf-text';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { errorOf, evaluationScene, nothingWritten, ratingsFor, TEAM, YEAR } from './evaluation.test-support';

let t: TestApp;
let scene: Awaited<ReturnType<typeof evaluationScene>>;
const ids: Record<string, string> = {};
const call = async (who: string, method: 'GET' | 'POST', url: string, payload?: object) => (await scene.as(who)).request({ method, url, payload });
const DAY = 86_400_000;

// The annual ratings: three Baik, one Butuh Perbaikan (staff6), one Sangat Baik (staff7, the Ahli Pertama).
const annualRatings: Record<string, ['DI_ATAS' | 'SESUAI' | 'DI_BAWAH', 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH']> = {
  staff1: ['SESUAI', 'SESUAI'],
  staff2: ['SESUAI', 'SESUAI'],
  staff5: ['SESUAI', 'SESUAI'],
  staff6: ['DI_BAWAH', 'SESUAI'],
  staff7: ['DI_ATAS', 'DI_ATAS'],
};

before(async () => {
  t = await startTestApp();
  scene = await evaluationScene(t, 'K');
  for (const key of ['admin', 'kadis', 'kabidA', 'kasiA1', 'staff4', ...TEAM]) await scene.as(key);
  const org = await (await scene.as('kabidA')).request({ method: 'PUT', url: `/api/units/${scene.ids.seksiA1}/org-predikat`, payload: { year: YEAR, periodId: null, predikat: 'BAIK', reason: 'Capaian perjanjian kinerja tahunan sesuai target.' } });
  assert.equal(org.statusCode, 200, org.body);
  for (const key of TEAM) {
    const [hk, pk] = annualRatings[key]!;
    const res = await (await scene.as('kasiA1')).request({ method: 'PUT', url: `/api/skp/${scene.skpOf[key]}/evaluation/ratings`, payload: ratingsFor(scene.rhkOf[key]!, hk, pk, null) });
    assert.equal(res.statusCode, 200, res.body);
    ids[key] = res.json().id;
  }
  const finalised = await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId: null, year: YEAR });
  assert.equal(finalised.statusCode, 200, finalised.body);
});
after(() => t.close());

describe('the annual result', () => {
  test('when the annual evaluation is finalised, then each predikat is kept for the year, with angka kredit for the jabatan fungsional', async () => {
    const jf = (await call('staff7', 'GET', `/api/pegawai/${scene.ids.staff7}/annual-results`)).json();
    assert.equal(jf.items.length, 1);
    assert.deepEqual(jf.items[0].angkaKredit, { jenjang: 'AHLI_PERTAMA', koefisien: 12.5, bulan: 12, angkaKredit: 18.75 });
    assert.equal(jf.totalAngkaKredit, 18.75);
    const staff = (await call('staff1', 'GET', `/api/pegawai/${scene.ids.staff1}/annual-results`)).json();
    assert.deepEqual([staff.items[0].predikat, staff.items[0].angkaKredit], ['BAIK', null]);
  });

  test('when the pegawai accepts, then the evaluation is closed to a keberatan', async () => {
    const res = await call('staff1', 'POST', `/api/evaluations/${ids.staff1}/acknowledge`);
    assert.equal(res.json().status, 'DITERIMA');
    assert.deepEqual(errorOf(await call('staff1', 'POST', `/api/evaluations/${ids.staff1}/acknowledge`)), { status: 409, code: 'CONFLICT' });
    assert.deepEqual(errorOf(await call('staff1', 'POST', `/api/evaluations/${ids.staff1}/keberatan`, { reasons: 'Berubah pikiran.' })), { status: 409, code: 'CONFLICT' });
    assert.deepEqual(errorOf(await call('kasiA1', 'POST', `/api/evaluations/${ids.staff2}/acknowledge`)), { status: 403, code: 'FORBIDDEN_SCOPE' });
  });
});

describe('keberatan', () => {
  test('when the objection is empty or from someone else, then 400 or 403 and nothing is written', async () => {
    await nothingWritten(t, async () => {
      assert.deepEqual(errorOf(await call('staff6', 'POST', `/api/evaluations/${ids.staff6}/keberatan`, { reasons: ' ' })), { status: 400, code: 'VALIDATION_FAILED' });
      assert.deepEqual(errorOf(await call('staff5', 'POST', `/api/evaluations/${ids.staff6}/keberatan`, { reasons: 'Tidak adil.' })), { status: 403, code: 'FORBIDDEN_SCOPE' });
      assert.deepEqual(errorOf(await call('kasiA1', 'POST', `/api/evaluations/${ids.staff6}/keberatan`, { reasons: 'Tidak adil.' })), { status: 403, code: 'FORBIDDEN_SCOPE' });
    });
  });

  test('when the window has passed, then the objection is refused (422)', async () => {
    // Finalised 30 days ago (moving the clock instead would expire every session of the test).
    await t.db.updateTable('evaluation').set({ finalised_at: new Date(t.clock.now().getTime() - 30 * DAY) }).where('id', '=', ids.staff5!).execute();
    await nothingWritten(t, async () => {
      const view = (await call('staff5', 'GET', `/api/evaluations/${ids.staff5}`)).json();
      assert.equal(view.can.object, false);
      const res = await call('staff5', 'POST', `/api/evaluations/${ids.staff5}/keberatan`, { reasons: 'Terlambat.' });
      assert.deepEqual(errorOf(res), { status: 422, code: 'RULE_VIOLATION' });
      assert.match(res.json().error.details[0].message, /14 hari/);
    });
  });

  test('when the pegawai objects within the window, then the penilai and the atasan penilai are told', async () => {
    const res = await call('staff6', 'POST', `/api/evaluations/${ids.staff6}/keberatan`, { reasons: 'Laporan kegiatan sudah lengkap dengan bukti dukung yang diterima atasan.' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'KEBERATAN');
    assert.equal(res.json().keberatan.before.predikat, 'BUTUH_PERBAIKAN');
    const told = await t.db.selectFrom('notification').select('account_id').where('kind', '=', 'KEBERATAN_FILED').execute();
    assert.deepEqual(new Set(told.map((n) => n.account_id)), new Set([scene.ids['kasiA1.account'], scene.ids['kabidA.account']]));
    assert.deepEqual(errorOf(await call('staff6', 'POST', `/api/evaluations/${ids.staff6}/keberatan`, { reasons: 'Lagi.' })), { status: 409, code: 'CONFLICT' });
  });

  test('when the atasan penilai asks both sides, then each explains; anyone else is refused', async () => {
    const url = `/api/evaluations/${ids.staff6}/keberatan/statements`;
    assert.equal((await call('kabidA', 'POST', url, { text: 'Mohon keterangan kedua pihak tentang laporan triwulan IV.' })).statusCode, 200);
    assert.equal((await call('staff6', 'POST', url, { text: 'Laporan triwulan IV saya unggah 20 Desember.' })).statusCode, 200);
    const last = await call('kasiA1', 'POST', url, { text: 'Laporan diunggah tetapi belum memuat rekap anggaran.' });
    assert.deepEqual(last.json().keberatan.statements.map((s: { role: string }) => s.role), ['ATASAN_PENILAI', 'PEGAWAI', 'PENILAI']);
    assert.deepEqual(errorOf(await call('staff5', 'POST', url, { text: 'Saya saksi.' })), { status: 403, code: 'FORBIDDEN_SCOPE' });
  });

  test('when a keberatan awaits a decision, then it is on the atasan penilai\'s own list (not only in notifications) and on nobody else\'s', async () => {
    const mine = await call('kabidA', 'GET', '/api/keberatan/pending');
    assert.equal(mine.statusCode, 200, mine.body);
    assert.deepEqual(mine.json().items.map((i: { evaluationId: string; predikat: string; kind: string }) => [i.evaluationId, i.predikat, i.kind]), [[ids.staff6, 'BUTUH_PERBAIKAN', 'TAHUNAN']]);
    assert.equal(mine.json().nextCursor, null);
    await t.db.deleteFrom('notification').execute();
    assert.equal((await call('kabidA', 'GET', '/api/keberatan/pending')).json().items.length, 1, 'the list does not rest on notifications');
    for (const who of ['kasiA1', 'staff6', 'admin', 'kadis']) assert.deepEqual((await call(who, 'GET', '/api/keberatan/pending')).json().items, [], who);
    assert.deepEqual(errorOf(await call('kabidA', 'GET', '/api/keberatan/pending?cursor=abc')), { status: 400, code: 'VALIDATION_FAILED' });
  });

  test('when the penilai, BKPSDM, the Kepala Dinas or the pegawai tries to decide, then 403: only the atasan pejabat penilai decides', async () => {
    const body = { decision: 'CHANGED', ratingHasilKerja: 'SESUAI', reason: 'Bukti dukung lengkap.' };
    await nothingWritten(t, async () => {
      for (const who of ['kasiA1', 'admin', 'kadis', 'staff6']) assert.deepEqual(errorOf(await call(who, 'POST', `/api/evaluations/${ids.staff6}/keberatan/decision`, body)), { status: 403, code: 'FORBIDDEN_SCOPE' }, who);
      assert.deepEqual(errorOf(await call('kabidA', 'POST', `/api/evaluations/${ids.staff6}/keberatan/decision`, { decision: 'CHANGED', reason: 'x' })), { status: 400, code: 'VALIDATION_FAILED' });
      assert.deepEqual(errorOf(await call('kabidA', 'POST', `/api/evaluations/${ids.staff6}/keberatan/decision`, { decision: 'CHANGED', ratingHasilKerja: 'DI_BAWAH', reason: 'Sama saja.' })), { status: 422, code: 'RULE_VIOLATION' });
    });
  });

  test('when the atasan penilai changes the rating, then the new predikat is final, kept in the annual result and printed with the decision', async () => {
    const reason = 'Bukti dukung laporan triwulan IV lengkap dan diterima; rekap anggaran bukan bagian IKI.';
    const res = await call('kabidA', 'POST', `/api/evaluations/${ids.staff6}/keberatan/decision`, { decision: 'CHANGED', ratingHasilKerja: 'SESUAI', reason });
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    assert.deepEqual([view.status, view.ratings.ratingHasilKerja, view.ratings.predikat], ['DIPUTUS', 'SESUAI', 'BAIK']);
    assert.deepEqual([view.keberatan.decision, view.keberatan.after.predikat], ['CHANGED', 'BAIK']);
    assert.deepEqual(errorOf(await call('kabidA', 'POST', `/api/evaluations/${ids.staff6}/keberatan/decision`, { decision: 'UPHELD', reason: 'Lagi.' })), { status: 409, code: 'CONFLICT' });
    assert.deepEqual((await call('kabidA', 'GET', '/api/keberatan/pending')).json().items, [], 'decided: off the list');
    const history = (await call('staff6', 'GET', `/api/pegawai/${scene.ids.staff6}/annual-results`)).json();
    assert.deepEqual([history.items[0].predikat, history.items[0].decided], ['BAIK', true]);
    const audit = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'evaluation.keberatan_decided').executeTakeFirstOrThrow();
    assert.equal((audit.data as { reason: string }).reason, reason);
    const told = await t.db.selectFrom('notification').select('account_id').where('kind', '=', 'KEBERATAN_DECIDED').execute();
    assert.deepEqual(new Set(told.map((n) => n.account_id)), new Set([scene.ids['staff6.account'], scene.ids['kasiA1.account']]));

    const pdf = await call('staff6', 'GET', `/api/evaluations/${ids.staff6}/document.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const { text } = await extractPdfText(pdf.rawPayload);
    for (const expected of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'PERIODE: AKHIR TAHUN 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'ATASAN PEJABAT PENILAI KINERJA',
      'PREDIKAT KINERJA PEGAWAI BAIK',
      'RATING HASIL KERJA SESUAI EKSPEKTASI',
      'KURVA DISTRIBUSI: PREDIKAT ORGANISASI BAIK',
      'MENGUBAH hasil evaluasi (final)',
      'predikat Butuh Perbaikan',
      reason,
      'Kabid A Uji',
    ]) {
      assert.ok(text.includes(expected), `the regenerated PDF says "${expected}"`);
    }
  });

  test('when the document of an evaluation outside the caller\'s scope is asked, then 403; unknown 404', async () => {
    assert.deepEqual(errorOf(await call('staff4', 'GET', `/api/evaluations/${ids.staff6}/document.pdf`)), { status: 403, code: 'FORBIDDEN_SCOPE' });
    assert.deepEqual(errorOf(await call('staff6', 'GET', '/api/evaluations/999999/document.pdf')), { status: 404, code: 'NOT_FOUND' });
  });
});
