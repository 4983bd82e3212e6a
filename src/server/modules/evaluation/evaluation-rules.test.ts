import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { refreshPenilaiChains } from '../organisation';
import { approvedSkp, errorOf, evaluationScene, nothingWritten, ratingsFor, TEAM, YEAR } from './evaluation.test-support';

// Issue #16 points 1, 3 and 7: a head's own unit decides; groups as they stood in the period.
let t: TestApp;
let scene: Awaited<ReturnType<typeof evaluationScene>>;
let p1: string;
let p2: string;
const call = async (who: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) => (await scene.as(who)).request({ method, url, payload });
const setOrgPredikat = async (who: string, unit: string, periodId: string, predikat: string) => {
  const res = await call(who, 'PUT', `/api/units/${scene.ids[unit]}/org-predikat`, { year: YEAR, periodId, predikat, reason: 'Capaian rencana aksi triwulan sesuai target.' });
  assert.equal(res.statusCode, 200, res.body);
};
const rate = async (penilai: string, key: string, periodId: string, hasil: 'SESUAI' | undefined) => {
  const res = await call(penilai, 'PUT', `/api/skp/${scene.skpOf[key]}/evaluation/ratings`, ratingsFor(scene.rhkOf[key]!, hasil, 'SESUAI', periodId));
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};

before(async () => {
  t = await startTestApp();
  scene = await evaluationScene(t, 'R');
  [p1, p2] = scene.periods.map((p) => p.id) as [string, string];
  const kabidB = await approvedSkp(t, scene.instansiId, scene.ids.kabidB!, scene.ids.dinas!);
  scene.skpOf.kabidB = kabidB.skpId;
  scene.rhkOf.kabidB = kabidB.rhkIds;
});
after(() => t.close());

describe('point 1: a unit head\'s rating hasil kerja follows the unit they lead, not an ancestor', () => {
  test('when the Dinas is Baik and Bidang A has no predikat of its own, then the Kabid\'s rating screen asks for it instead of forcing Sesuai, and rating waits', async () => {
    await setOrgPredikat('admin', 'dinas', p1, 'BAIK');
    const view = (await call('kadis', 'GET', `/api/skp/${scene.skpOf.kabidA}/evaluation?periodId=${p1}`)).json();
    assert.deepEqual(view.unitHead, { unitId: scene.ids.bidangA, unitName: 'Bidang A', orgPredikat: null, ratingHasilKerja: null, canSetOrgPredikat: true });
    const asHead = (await call('kabidA', 'GET', `/api/skp/${scene.skpOf.kabidA}/evaluation?periodId=${p1}`)).json();
    assert.equal(asHead.unitHead.canSetOrgPredikat, false, 'a head never sets their own unit\'s predikat');
    await nothingWritten(t, async () => {
      const res = await call('kadis', 'PUT', `/api/skp/${scene.skpOf.kabidA}/evaluation/ratings`, ratingsFor(scene.rhkOf.kabidA!, undefined, 'SESUAI', p1));
      assert.deepEqual(errorOf(res), { status: 422, code: 'RULE_VIOLATION' });
      assert.match(res.json().error.details[0].message, /Bidang A sendiri belum ditetapkan/);
    });
  });

  test('when every member of a group is a head whose own unit gives Sesuai under a Baik curve in hard mode, then the check names them and the group finalises with a justification, nobody rated down', async () => {
    assert.equal((await call('admin', 'PUT', '/api/settings/curveEnforcement', { value: 'hard' })).statusCode, 200);
    try {
      await setOrgPredikat('kadis', 'bidangA', p1, 'BAIK');
      await setOrgPredikat('kadis', 'bidangB', p1, 'BAIK');
      await rate('kadis', 'kabidA', p1, undefined);
      await rate('kadis', 'kabidB', p1, undefined);
      const group = (await call('kadis', 'GET', `/api/calibration?periodId=${p1}`)).json();
      assert.equal(group.total, 2);
      assert.equal(group.check.ok, false, 'two Baik break the Baik curve for two');
      assert.deepEqual(group.forcedMembers.length, 2);
      assert.deepEqual(group.blockers, [], 'the curve does not block what only rating a head down would fix');
      assert.equal(group.justificationRequired, true);
      const without = await call('kadis', 'POST', '/api/calibration/finalise', { periodId: p1 });
      assert.deepEqual(errorOf(without), { status: 422, code: 'RULE_VIOLATION' });
      assert.ok(without.json().error.details.some((d: { message: string }) => /ditetapkan dari predikat organisasi unit yang dipimpinnya; tidak ada pegawai yang diturunkan/.test(d.message)));
      const done = await call('kadis', 'POST', '/api/calibration/finalise', { periodId: p1, justification: 'Kedua bidang mencapai target; rating kepala unit mengikuti predikat bidangnya.' });
      assert.equal(done.statusCode, 200, done.body);
      assert.deepEqual(done.json().calibration.members.map((m: { predikat: string }) => m.predikat), ['BAIK', 'BAIK']);
    } finally {
      await call('admin', 'PUT', '/api/settings/curveEnforcement', { value: 'soft' });
    }
  });
});

describe('point 3 and 7: a group as it stood in the period', () => {
  test('when an SKP ended by a transfer was in force in the period, then it is a member of the evaluation group beside the new one', async () => {
    const ended = await t.db.selectFrom('skp').select(['id', 'jabatan_id', 'opd_id']).where('id', '=', scene.skpOf.staff2!).executeTakeFirstOrThrow();
    await t.db.updateTable('skp').set({ valid_to: `${YEAR}-05-15`, ended_reason: 'Mutasi jabatan' }).where('id', '=', ended.id).execute();
    const next = await t.db
      .insertInto('skp')
      .values({ instansi_id: scene.instansiId, pegawai_id: scene.ids.staff2!, year: YEAR, jabatan_id: ended.jabatan_id, opd_id: ended.opd_id, status: 'DISETUJUI', valid_from: `${YEAR}-05-16`, decided_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const group = (await call('kasiA1', 'GET', `/api/calibration?periodId=${p2}`)).json();
    const skps = group.members.filter((m: { pegawaiId: string }) => m.pegawaiId === scene.ids.staff2).map((m: { skpId: string }) => m.skpId);
    assert.deepEqual(skps.sort(), [ended.id, next.id].sort());
  });

  test('when the penilai moved to another unit and a member left after the period, then the period\'s group keeps everyone it rated and answers to the unit the penilai led then', async () => {
    await setOrgPredikat('kabidA', 'seksiA1', p1, 'BAIK');
    await setOrgPredikat('kabidA', 'seksiA2', p1, 'ISTIMEWA');
    for (const key of TEAM) await rate('kasiA1', key, p1, 'SESUAI');
    // After the period: the Kasi moves to a post in Seksi A2 from 15 April, and staff6 leaves the service.
    await t.db.updateTable('penempatan').set({ valid_to: `${YEAR}-04-14` }).where('pegawai_id', '=', scene.ids.kasiA1!).execute();
    await t.db.insertInto('penempatan').values({ pegawai_id: scene.ids.kasiA1!, jabatan_id: scene.ids.jStaffA2!, valid_from: `${YEAR}-04-15` }).execute();
    await t.db.updateTable('penempatan').set({ valid_to: `${YEAR}-04-30` }).where('pegawai_id', '=', scene.ids.staff6!).execute();
    await t.db.updateTable('pegawai').set({ active: false }).where('id', '=', scene.ids.staff6!).execute();
    await refreshPenilaiChains(t.db, scene.instansiId, t.clock.now().toISOString().slice(0, 10));
    const group = (await call('kasiA1', 'GET', `/api/calibration?periodId=${p1}`)).json();
    assert.deepEqual(group.curveUnit, { id: scene.ids.seksiA1, name: 'Seksi A1' });
    assert.equal(group.orgPredikat, 'BAIK');
    assert.equal(group.total, TEAM.length);
    assert.ok(group.members.some((m: { pegawaiId: string }) => m.pegawaiId === scene.ids.staff6));
    const done = await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId: p1, justification: 'Tim merata pada triwulan ini; tidak ada yang layak Butuh Perbaikan.' });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().finalised, TEAM.length);
  });
});
