import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { approvedSkp, errorOf, evaluationScene, nothingWritten, ratingsFor, TEAM, YEAR } from './evaluation.test-support';

let t: TestApp;
let scene: Awaited<ReturnType<typeof evaluationScene>>;
let p1: string;
let p2: string;
let p3: string;
const call = async (who: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) => (await scene.as(who)).request({ method, url, payload });
const setOrgPredikat = async (who: string, unit: string, periodId: string, predikat: string) => {
  const res = await call(who, 'PUT', `/api/units/${scene.ids[unit]}/org-predikat`, { year: YEAR, periodId, predikat, reason: 'Capaian rencana aksi triwulan sesuai target.' });
  assert.equal(res.statusCode, 200, res.body);
};
const setEnforcement = async (mode: 'soft' | 'hard') => assert.equal((await call('admin', 'PUT', '/api/settings/curveEnforcement', { value: mode })).statusCode, 200);
const rateTeam = async (periodId: string) => {
  for (const key of TEAM) {
    const res = await call('kasiA1', 'PUT', `/api/skp/${scene.skpOf[key]}/evaluation/ratings`, ratingsFor(scene.rhkOf[key]!, 'SESUAI', 'SESUAI', periodId));
    assert.equal(res.statusCode, 200, res.body);
  }
};
const evaluationIdOf = async (key: string, periodId: string) =>
  (await t.db.selectFrom('evaluation').select('id').where('skp_id', '=', scene.skpOf[key]!).where('period_id', '=', periodId).executeTakeFirstOrThrow()).id;

before(async () => {
  t = await startTestApp();
  scene = await evaluationScene(t, 'C');
  [p1, p2, p3] = scene.periods.map((p) => p.id) as [string, string, string];
  for (const key of ['admin', 'kasiA1', 'kabidA', 'staff1', 'staff2']) await scene.as(key);
});
after(() => t.close());

describe('a team of five under an organisation predikat of Baik, hard mode', () => {
  test('when all five are rated Baik, then calibration shows at most 3 Baik allowed and at least 1 Butuh Perbaikan or Kurang required', async () => {
    await setOrgPredikat('kabidA', 'seksiA1', p1, 'BAIK');
    await rateTeam(p1);
    const res = await call('kasiA1', 'GET', `/api/calibration?periodId=${p1}`);
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    assert.equal(view.orgPredikat, 'BAIK');
    assert.equal(view.curveUnit.id, scene.ids.seksiA1);
    assert.deepEqual([view.total, view.rated, view.counts.BAIK], [5, 5, 5]);
    assert.deepEqual(view.allowed, [
      { predikat: ['BAIK'], rule: 'MAX', min: 0, max: 3 },
      { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], rule: 'REQUIRED', min: 1, max: 5 },
    ]);
    assert.deepEqual(view.check.violations.map((v: { rule: string; limit: number; actual: number }) => [v.rule, v.limit, v.actual]), [['MAX', 3, 5], ['REQUIRED', 1, 0]]);
    assert.equal(view.justificationRequired, true, 'soft by default');
  });

  test('when the instansi enforces the curve hard, then finalisation is refused with every violation and nothing is written', async () => {
    await setEnforcement('hard');
    const view = (await call('kasiA1', 'GET', `/api/calibration?periodId=${p1}`)).json();
    assert.equal(view.can.finalise, false);
    assert.equal(view.blockers.length, 2);
    await nothingWritten(t, async () => {
      const res = await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId: p1, justification: 'Semua bekerja dengan baik sekali.' });
      assert.deepEqual(errorOf(res), { status: 422, code: 'RULE_VIOLATION' });
      assert.deepEqual(res.json().error.details.map((d: { message: string }) => d.message), [
        'Baik: paling banyak 3 pegawai, sekarang 5.',
        'Butuh Perbaikan dan/atau Kurang/Misconduct: harus ada paling sedikit 1 pegawai, sekarang 0.',
      ]);
    });
  });

  test('when adjustments come without a reason or from someone else, then 400 or 403 and nothing is written', async () => {
    const id = await evaluationIdOf('staff1', p1);
    await nothingWritten(t, async () => {
      assert.deepEqual(errorOf(await call('kasiA1', 'POST', `/api/evaluations/${id}/calibration`, { ratingPerilaku: 'DI_BAWAH' })), { status: 400, code: 'VALIDATION_FAILED' });
      assert.deepEqual(errorOf(await call('kabidA', 'POST', `/api/evaluations/${id}/calibration`, { ratingPerilaku: 'DI_BAWAH', reason: 'Terlambat melapor.' })), { status: 403, code: 'FORBIDDEN_SCOPE' });
      assert.deepEqual(errorOf(await call('kasiA1', 'POST', '/api/evaluations/999999/calibration', { ratingPerilaku: 'DI_BAWAH', reason: 'x' })), { status: 404, code: 'NOT_FOUND' });
    });
  });

  test('when the penilai adjusts two pegawai with reasons until the distribution fits, then each change is audited and finalisation goes through', async () => {
    const first = await call('kasiA1', 'POST', `/api/evaluations/${await evaluationIdOf('staff1', p1)}/calibration`, { ratingPerilaku: 'DI_BAWAH', reason: 'Dua kali tidak hadir rapat koordinasi tanpa keterangan.' });
    assert.equal(first.json().ratings.predikat, 'KURANG');
    const second = await call('kasiA1', 'POST', `/api/evaluations/${await evaluationIdOf('staff2', p1)}/calibration`, { ratingHasilKerja: 'DI_BAWAH', reason: 'Laporan triwulan belum lengkap.' });
    assert.equal(second.json().ratings.predikat, 'BUTUH_PERBAIKAN');
    const audited = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'evaluation.calibrated').execute();
    assert.deepEqual(audited.map((a) => (a.data as { reason: string }).reason), ['Dua kali tidak hadir rapat koordinasi tanpa keterangan.', 'Laporan triwulan belum lengkap.']);
    const view = (await call('kasiA1', 'GET', `/api/calibration?periodId=${p1}`)).json();
    assert.deepEqual([view.check.ok, view.can.finalise, view.counts.BAIK], [true, true, 3]);
    const res = await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId: p1 });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().finalised, 5);
    assert.equal(res.json().calibration.finalised, 5);
    const notified = await t.db.selectFrom('notification').select('account_id').where('kind', '=', 'EVALUATION_FINALISED').execute();
    assert.equal(notified.length, 5, 'each pegawai of the group is told');
  });

  test('when the group is finalised, then its organisation predikat can no longer change', async () => {
    await nothingWritten(t, async () => {
      const res = await call('kabidA', 'PUT', `/api/units/${scene.ids.seksiA1}/org-predikat`, { year: YEAR, periodId: p1, predikat: 'ISTIMEWA', reason: 'Koreksi' });
      assert.deepEqual(errorOf(res), { status: 409, code: 'CONFLICT' });
      assert.deepEqual(errorOf(await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId: p1 })), { status: 409, code: 'CONFLICT' });
    });
  });
});

describe('the same team in soft mode', () => {
  test('when the curve is broken in soft mode, then finalisation needs a justification, which lands in the audit log and on each evaluation', async () => {
    await setEnforcement('soft');
    await setOrgPredikat('kabidA', 'seksiA1', p2, 'BAIK');
    await rateTeam(p2);
    await nothingWritten(t, async () => {
      const res = await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId: p2 });
      assert.deepEqual(errorOf(res), { status: 422, code: 'RULE_VIOLATION' });
      assert.equal(res.json().error.details[0].path, 'justification');
    });
    const justification = 'Kelima pegawai menyelesaikan seluruh target triwulan; tidak ada yang di bawah ekspektasi.';
    const res = await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId: p2, justification });
    assert.equal(res.statusCode, 200, res.body);
    const audit = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'evaluation.group_finalised').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const data = audit.data as { justification: string; enforcement: string; violations: unknown[] };
    assert.deepEqual([data.justification, data.enforcement, data.violations.length], [justification, 'soft', 2]);
    const view = (await call('staff1', 'GET', `/api/evaluations/${await evaluationIdOf('staff1', p2)}`)).json();
    assert.equal(view.curve.justification, justification);
    assert.equal(view.curve.orgPredikat, 'BAIK');
  });
});

describe('a group too small for its curve', () => {
  test('when Kabid A rates two under Kurang in hard mode, then the curve cannot be met and a justification lets it through', async () => {
    await setEnforcement('hard');
    await setOrgPredikat('admin', 'bidangA', p3, 'KURANG');
    await setOrgPredikat('kabidA', 'seksiA1', p3, 'BAIK');
    for (const key of ['kasiA1', 'staff3']) {
      const res = await call('kabidA', 'PUT', `/api/skp/${scene.skpOf[key]}/evaluation/ratings`, ratingsFor(scene.rhkOf[key]!, key === 'kasiA1' ? undefined : 'SESUAI', 'SESUAI', p3));
      assert.equal(res.statusCode, 200, res.body);
    }
    const view = (await call('kabidA', 'GET', `/api/calibration?periodId=${p3}`)).json();
    assert.deepEqual([view.total, view.satisfiable, view.justificationRequired, view.can.finalise], [2, false, true, true]);
    assert.equal(view.members.find((m: { pegawaiId: string }) => m.pegawaiId === scene.ids.kasiA1).ratingHasilKerja, 'SESUAI', 'the head\'s rating comes from Seksi A1\'s Baik');
    assert.deepEqual(errorOf(await call('kabidA', 'POST', '/api/calibration/finalise', { periodId: p3 })), { status: 422, code: 'RULE_VIOLATION' });
    const res = await call('kabidA', 'POST', '/api/calibration/finalise', { periodId: p3, justification: 'Kelompok dua orang tidak dapat memenuhi kurva Kurang.' });
    assert.equal(res.statusCode, 200, res.body);
    await setEnforcement('soft');
  });
});

describe('reading and finalising groups', () => {
  test('when someone is nobody\'s penilai or a member is unrated, then finalisation is 403 or 422', async () => {
    await nothingWritten(t, async () => {
      assert.deepEqual(errorOf(await call('staff1', 'POST', '/api/calibration/finalise', { periodId: p1 })), { status: 403, code: 'FORBIDDEN_SCOPE' });
      const res = await call('kasiA1', 'POST', '/api/calibration/finalise', { year: YEAR, periodId: null });
      assert.deepEqual(errorOf(res), { status: 422, code: 'RULE_VIOLATION' });
      assert.match(res.json().error.details[0].message, /Belum dinilai/);
      assert.deepEqual(errorOf(await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId: '999999' })), { status: 404, code: 'NOT_FOUND' });
      assert.deepEqual(errorOf(await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId: 'x' })), { status: 400, code: 'VALIDATION_FAILED' });
    });
  });

  test('when another penilai\'s group is asked, then BKPSDM sees it and a pegawai gets 403; a bad target is 400 or 404', async () => {
    assert.equal((await call('admin', 'GET', `/api/calibration?periodId=${p1}&penilaiPegawaiId=${scene.ids.kasiA1}`)).json().total, 5);
    assert.deepEqual(errorOf(await call('staff1', 'GET', `/api/calibration?periodId=${p1}&penilaiPegawaiId=${scene.ids.kasiA1}`)), { status: 403, code: 'FORBIDDEN_SCOPE' });
    assert.deepEqual(errorOf(await call('kasiA1', 'GET', `/api/calibration?periodId=${p1}&year=${YEAR}`)), { status: 400, code: 'VALIDATION_FAILED' });
    assert.deepEqual(errorOf(await call('kasiA1', 'GET', '/api/calibration?periodId=999999')), { status: 404, code: 'NOT_FOUND' });
  });

  test('when BKPSDM checks every group, then the overview shows each penilai\'s distribution; a pegawai is refused', async () => {
    const res = await call('admin', 'GET', `/api/calibration/overview?periodId=${p1}`);
    assert.equal(res.statusCode, 200, res.body);
    const group = res.json().groups.find((g: { penilai: { pegawaiId: string } }) => g.penilai.pegawaiId === scene.ids.kasiA1);
    assert.deepEqual([group.total, group.finalised, group.ok, group.orgPredikat], [5, 5, true, 'BAIK']);
    assert.deepEqual(errorOf(await call('staff1', 'GET', `/api/calibration/overview?periodId=${p1}`)), { status: 403, code: 'FORBIDDEN_SCOPE' });
  });
});

describe('an official as pejabat penilai', () => {
  test('when the Wali Kota rates and finalises the Sekda, then no curve applies and the Sekda may accept', async () => {
    const sekda = await t.db.selectFrom('pegawai').select('id').where('nip', '=', '197005121995031002').executeTakeFirstOrThrow();
    const setda = await t.db.selectFrom('penilai_chain').select('opd_id').where('pegawai_id', '=', sekda.id).executeTakeFirstOrThrow();
    const made = await approvedSkp(t, scene.instansiId, sekda.id, setda.opd_id);
    const org = await call('admin', 'PUT', `/api/units/${setda.opd_id}/org-predikat`, { year: YEAR, periodId: null, predikat: 'BAIK', reason: 'Capaian Sekretariat Daerah sesuai target.' });
    assert.equal(org.statusCode, 200, org.body);
    const waliKota = await t.signIn('walikota');
    const rated = await waliKota.request({ method: 'PUT', url: `/api/skp/${made.skpId}/evaluation/ratings`, payload: ratingsFor(made.rhkIds, undefined, 'DI_ATAS', null) });
    assert.equal(rated.statusCode, 200, rated.body);
    assert.deepEqual([rated.json().penilai.person, typeof rated.json().penilai.official, rated.json().ratings.predikat], [null, 'string', 'BAIK']);
    const group = (await waliKota.request({ method: 'GET', url: `/api/calibration?year=${YEAR}` })).json();
    assert.deepEqual([group.members.map((m: { pegawaiId: string }) => m.pegawaiId), group.orgPredikat, group.can.finalise], [[sekda.id], null, true]);
    const finalised = await waliKota.request({ method: 'POST', url: '/api/calibration/finalise', payload: { periodId: null, year: YEAR } });
    assert.equal(finalised.statusCode, 200, finalised.body);
    const sekdaClient = await t.signIn('197005121995031002');
    const accepted = await sekdaClient.request({ method: 'POST', url: `/api/evaluations/${rated.json().id}/acknowledge`, payload: {} });
    assert.equal(accepted.json().status, 'DITERIMA');
  });
});
