import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { errorOf, evaluationScene, nothingWritten, ratingsFor, YEAR } from './evaluation.test-support';

let t: TestApp;
let scene: Awaited<ReturnType<typeof evaluationScene>>;
let periodId: string;
const screenUrl = (key: string, period: string | null = periodId) => `/api/skp/${scene.skpOf[key]}/evaluation${period ? `?periodId=${period}` : ''}`;
const selfUrl = (key: string) => `/api/skp/${scene.skpOf[key]}/evaluation/self-assessment`;
const ratingsUrl = (key: string) => `/api/skp/${scene.skpOf[key]}/evaluation/ratings`;
const get = async (who: string, url: string) => (await scene.as(who)).request({ method: 'GET', url });
const put = async (who: string, url: string, payload: object) => (await scene.as(who)).request({ method: 'PUT', url, payload });
const selfBody = (key: string) => ({
  periodId,
  rhk: [{ rhkId: scene.rhkOf[key]![0], rating: 'DI_ATAS', reflection: 'Laporan selesai lebih cepat dari jadwal.' }],
  perilaku: [{ code: 'BERORIENTASI_PELAYANAN', rating: 'SESUAI', reflection: 'Melayani dengan ramah.' }],
});

before(async () => {
  t = await startTestApp();
  scene = await evaluationScene(t, 'E');
  periodId = scene.period.id;
  // Sign everyone in first: a sign-in writes an audit row, which would count as a write below.
  for (const key of ['staff1', 'staff2', 'staff4', 'staff5', 'kasiA1', 'kabidA']) await scene.as(key);
});
after(() => t.close());

describe('the rating screen', () => {
  test('when the pegawai opens it before anything is written, then it shows realisation, no ratings, and penilaian diri is open', async () => {
    const res = await get('staff1', screenUrl('staff1'));
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    assert.equal(view.id, null);
    assert.equal(view.status, 'DRAFT');
    assert.equal(view.kind, 'PERIODIK');
    assert.equal(view.penilai.person.pegawaiId, scene.ids.kasiA1);
    assert.equal(view.atasanPenilai.person.pegawaiId, scene.ids.kabidA);
    assert.equal(view.realisation.rhk.length, 2);
    assert.equal(view.ratings.rhk.length, 2);
    assert.equal(view.feedback360, null, 'no 360 answers: nothing under the threshold');
    assert.deepEqual(view.can, { selfAssess: true, rate: false, calibrate: false, acknowledge: false, object: false, addStatement: false, decide: false });
  });

  test('when the penilai opens it, then they may rate and not reflect; the annual screen has no period', async () => {
    const view = (await get('kasiA1', screenUrl('staff1'))).json();
    assert.equal(view.can.rate, true);
    assert.equal(view.can.selfAssess, false);
    const annual = (await get('kasiA1', screenUrl('staff1', null))).json();
    assert.equal(annual.kind, 'TAHUNAN');
    assert.equal(annual.period, null);
    assert.equal(annual.realisation.period.seq, 4, 'the annual screen shows the year to date of the last period');
  });

  test('when someone outside the chain, no one, or an unknown id asks, then 403, 401, 404', async () => {
    assert.deepEqual(errorOf(await get('staff4', screenUrl('staff1'))), { status: 403, code: 'FORBIDDEN_SCOPE' });
    assert.equal((await t.request({ method: 'GET', url: screenUrl('staff1') })).statusCode, 401);
    assert.deepEqual(errorOf(await get('staff1', '/api/skp/999999/evaluation')), { status: 404, code: 'NOT_FOUND' });
    assert.deepEqual(errorOf(await get('staff1', screenUrl('staff1', '999999'))), { status: 404, code: 'NOT_FOUND' });
    assert.deepEqual(errorOf(await get('staff1', `/api/evaluations/999999`)), { status: 404, code: 'NOT_FOUND' });
    assert.deepEqual(errorOf(await get('staff1', `/api/skp/${scene.skpOf.staff1}/evaluation?periodId=abc`)), { status: 400, code: 'VALIDATION_FAILED' });
  });
});

describe('penilaian diri', () => {
  test('when the input is malformed or names an RHK of another SKP, then 400 or 422 and nothing is written', async () => {
    await nothingWritten(t, async () => {
      const bad = await put('staff1', selfUrl('staff1'), { ...selfBody('staff1'), rhk: [{ rhkId: scene.rhkOf.staff1![0], rating: 'LUAR_BIASA' }] });
      assert.deepEqual(errorOf(bad), { status: 400, code: 'VALIDATION_FAILED' });
      const unknownValue = await put('staff1', selfUrl('staff1'), { ...selfBody('staff1'), perilaku: [{ code: 'JUJUR', reflection: 'x' }] });
      assert.deepEqual(errorOf(unknownValue), { status: 400, code: 'VALIDATION_FAILED' });
      const foreign = await put('staff1', selfUrl('staff1'), { ...selfBody('staff1'), rhk: [{ rhkId: scene.rhkOf.staff2![0], rating: 'SESUAI' }] });
      assert.deepEqual(errorOf(foreign), { status: 422, code: 'RULE_VIOLATION' });
    });
  });

  test('when anyone but the pegawai writes it, then 403 and nothing is written', async () => {
    await nothingWritten(t, async () => {
      assert.deepEqual(errorOf(await put('kasiA1', selfUrl('staff1'), selfBody('staff1'))), { status: 403, code: 'FORBIDDEN_SCOPE' });
      assert.deepEqual(errorOf(await put('staff2', selfUrl('staff1'), selfBody('staff1'))), { status: 403, code: 'FORBIDDEN_SCOPE' });
    });
  });

  test('when the pegawai reflects, then it is kept beside the penilai\'s empty form and audited', async () => {
    const res = await put('staff1', selfUrl('staff1'), selfBody('staff1'));
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    assert.ok(view.id);
    assert.equal(view.status, 'DRAFT');
    assert.equal(view.selfAssessment.rhk[0].rating, 'DI_ATAS');
    assert.equal(view.selfAssessment.perilaku.find((p: { code: string }) => p.code === 'BERORIENTASI_PELAYANAN').reflection, 'Melayani dengan ramah.');
    assert.equal(view.ratings.ratingHasilKerja, null, 'it never replaces the penilai\'s rating');
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'evaluation').where('entity_id', '=', view.id).execute();
    assert.deepEqual(audit.map((a) => a.action), ['evaluation.self_assessed']);
  });
});

describe('rating by the pejabat penilai', () => {
  test('when the pegawai, the atasan penilai or a colleague rates, then 403 and nothing is written', async () => {
    await nothingWritten(t, async () => {
      for (const who of ['staff1', 'kabidA', 'staff2']) assert.deepEqual(errorOf(await put(who, ratingsUrl('staff1'), ratingsFor(scene.rhkOf.staff1!, 'SESUAI', 'SESUAI', periodId))), { status: 403, code: 'FORBIDDEN_SCOPE' }, who);
    });
  });

  test('when a justification or an RHK is missing, then 400 or 422 and nothing is written', async () => {
    await nothingWritten(t, async () => {
      const body = ratingsFor(scene.rhkOf.staff1!, 'SESUAI', 'SESUAI', periodId);
      assert.deepEqual(errorOf(await put('kasiA1', ratingsUrl('staff1'), { ...body, justificationPerilaku: '  ' })), { status: 400, code: 'VALIDATION_FAILED' });
      const missing = await put('kasiA1', ratingsUrl('staff1'), { ...body, rhk: body.rhk.slice(0, 1) });
      assert.deepEqual(errorOf(missing), { status: 422, code: 'RULE_VIOLATION' });
      const { ratingHasilKerja: _omitted, ...withoutHasilKerja } = body;
      assert.deepEqual(errorOf(await put('kasiA1', ratingsUrl('staff1'), withoutHasilKerja)), { status: 422, code: 'RULE_VIOLATION' });
    });
  });

  test('when the penilai rates, then the predikat follows the matrix, penilaian diri closes, and the rating is audited', async () => {
    const res = await put('kasiA1', ratingsUrl('staff1'), ratingsFor(scene.rhkOf.staff1!, 'DI_ATAS', 'DI_BAWAH', periodId));
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    assert.equal(view.status, 'DINILAI');
    assert.equal(view.ratings.predikat, 'KURANG', 'Di Atas × Di Bawah = Kurang/Misconduct (§3.3)');
    assert.equal(view.ratings.rhk[0].rating, 'DI_ATAS');
    assert.equal(view.selfAssessment.rhk[0].rating, 'DI_ATAS', 'the pegawai\'s view stays beside it');
    const again = await put('kasiA1', ratingsUrl('staff1'), ratingsFor(scene.rhkOf.staff1!, 'DI_ATAS', 'DI_ATAS', periodId));
    assert.equal(again.json().ratings.predikat, 'SANGAT_BAIK', 'the penilai may change it until finalisation');
    assert.deepEqual(errorOf(await put('staff1', selfUrl('staff1'), selfBody('staff1'))), { status: 409, code: 'CONFLICT' });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'data']).where('entity_type', '=', 'evaluation').where('entity_id', '=', view.id).where('action', '=', 'evaluation.rated').execute();
    assert.equal(audit.length, 2);
  });

  test('when the SKP is not approved, then it cannot be rated', async () => {
    await t.db.updateTable('skp').set({ status: 'DIAJUKAN' }).where('id', '=', scene.skpOf.staff5!).execute();
    try {
      await nothingWritten(t, async () => {
        const res = await put('kasiA1', ratingsUrl('staff5'), ratingsFor(scene.rhkOf.staff5!, 'SESUAI', 'SESUAI', periodId));
        assert.deepEqual(errorOf(res), { status: 422, code: 'RULE_VIOLATION' });
      });
    } finally {
      await t.db.updateTable('skp').set({ status: 'DISETUJUI' }).where('id', '=', scene.skpOf.staff5!).execute();
    }
  });
});

describe('a unit head\'s rating hasil kerja comes from the predikat of the unit they lead', () => {
  test('when Seksi A1 has no organisation predikat yet, then its head cannot be rated', async () => {
    await nothingWritten(t, async () => {
      const res = await put('kabidA', ratingsUrl('kasiA1'), ratingsFor(scene.rhkOf.kasiA1!, undefined, 'SESUAI', periodId));
      assert.deepEqual(errorOf(res), { status: 422, code: 'RULE_VIOLATION' });
      assert.match(res.json().error.details[0].message, /Predikat organisasi Seksi A1 sendiri belum ditetapkan/);
    });
  });

  test('when the unit\'s head or a pegawai sets it, then 403; an unknown unit is 404, a bad predikat 400, a period of another year 422', async () => {
    const body = { year: YEAR, periodId, predikat: 'ISTIMEWA', reason: 'Seluruh rencana aksi melampaui target.' };
    await nothingWritten(t, async () => {
      assert.deepEqual(errorOf(await put('kasiA1', `/api/units/${scene.ids.seksiA1}/org-predikat`, body)), { status: 403, code: 'FORBIDDEN_SCOPE' });
      assert.deepEqual(errorOf(await put('staff1', `/api/units/${scene.ids.seksiA1}/org-predikat`, body)), { status: 403, code: 'FORBIDDEN_SCOPE' });
      assert.deepEqual(errorOf(await put('kabidA', '/api/units/999999/org-predikat', body)), { status: 404, code: 'NOT_FOUND' });
      assert.deepEqual(errorOf(await put('kabidA', `/api/units/${scene.ids.seksiA1}/org-predikat`, { ...body, predikat: 'HEBAT' })), { status: 400, code: 'VALIDATION_FAILED' });
      assert.deepEqual(errorOf(await put('kabidA', `/api/units/${scene.ids.seksiA1}/org-predikat`, { ...body, year: YEAR + 1 })), { status: 422, code: 'RULE_VIOLATION' });
    });
  });

  test('when the Kabid above sets Istimewa, then the Kasi\'s rating hasil kerja is Di Atas and may not be contradicted', async () => {
    const set = await put('kabidA', `/api/units/${scene.ids.seksiA1}/org-predikat`, { year: YEAR, periodId, predikat: 'ISTIMEWA', reason: 'Seluruh rencana aksi melampaui target.' });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(set.json().predikat, 'ISTIMEWA');
    const list = (await get('kabidA', `/api/org-predikat?year=${YEAR}&periodId=${periodId}`)).json();
    const seksi = list.items.find((i: { unit: { id: string } }) => i.unit.id === scene.ids.seksiA1);
    assert.deepEqual([seksi.predikat, seksi.can.set], ['ISTIMEWA', true]);
    const contradicting = await put('kabidA', ratingsUrl('kasiA1'), ratingsFor(scene.rhkOf.kasiA1!, 'SESUAI', 'SESUAI', periodId));
    assert.deepEqual(errorOf(contradicting), { status: 422, code: 'RULE_VIOLATION' });
    const res = await put('kabidA', ratingsUrl('kasiA1'), ratingsFor(scene.rhkOf.kasiA1!, undefined, 'SESUAI', periodId));
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    assert.deepEqual(view.unitHead, { unitId: scene.ids.seksiA1, unitName: 'Seksi A1', orgPredikat: 'ISTIMEWA', ratingHasilKerja: 'DI_ATAS', canSetOrgPredikat: true });
    assert.equal(view.ratings.predikat, 'BAIK', 'Di Atas × Sesuai = Baik');
  });

  test('when BKPSDM maps Istimewa to Sesuai, then the head\'s rating hasil kerja follows the setting', async () => {
    const admin = await scene.as('admin');
    assert.equal((await admin.request({ method: 'PUT', url: '/api/settings/headRatingIstimewa', payload: { value: 'SESUAI' } })).statusCode, 200);
    try {
      const view = (await get('kabidA', screenUrl('kasiA1'))).json();
      assert.equal(view.unitHead.ratingHasilKerja, 'SESUAI');
    } finally {
      await admin.request({ method: 'PUT', url: '/api/settings/headRatingIstimewa', payload: { value: 'DI_ATAS' } });
    }
  });
});

describe('history', () => {
  test('when the pegawai lists their year, then each period of the SKP and the year appear with their status', async () => {
    const res = await get('staff1', `/api/evaluations?year=${YEAR}`);
    assert.equal(res.statusCode, 200);
    const items = res.json().items;
    assert.equal(items.length, scene.periods.length + 1);
    assert.equal(items.find((i: { period: { id: string } | null }) => i.period?.id === periodId).status, 'DINILAI');
    assert.equal(items.at(-1).kind, 'TAHUNAN');
  });

  test('when the annual results are asked, then the pegawai and their chain see them, others 403, unknown 404', async () => {
    assert.equal((await get('staff1', `/api/pegawai/${scene.ids.staff1}/annual-results`)).json().items.length, 0);
    assert.equal((await get('kabidA', `/api/pegawai/${scene.ids.staff1}/annual-results`)).statusCode, 200);
    assert.deepEqual(errorOf(await get('staff4', `/api/pegawai/${scene.ids.staff1}/annual-results`)), { status: 403, code: 'FORBIDDEN_SCOPE' });
    assert.deepEqual(errorOf(await get('staff1', '/api/pegawai/999999/annual-results')), { status: 404, code: 'NOT_FOUND' });
  });
});
