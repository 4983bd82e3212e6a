import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { errorOf, evaluationScene, nothingWritten, ratingsFor, TEAM, YEAR } from './evaluation.test-support';

let t: TestApp;
let scene: Awaited<ReturnType<typeof evaluationScene>>;
let periodId: string;
const ids: Record<string, string> = {};
const call = async (who: string, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) => (await scene.as(who)).request({ method, url, payload });
const ratings: Record<string, ['DI_ATAS' | 'SESUAI' | 'DI_BAWAH', 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH']> = {
  staff1: ['SESUAI', 'SESUAI'],
  staff2: ['SESUAI', 'SESUAI'],
  staff5: ['SESUAI', 'SESUAI'],
  staff6: ['DI_BAWAH', 'SESUAI'],
  staff7: ['DI_ATAS', 'DI_ATAS'],
};

/** Every endpoint that writes a rating, a penilaian diri, a calibration or the curve under it, against one finalised evaluation. */
async function everyRatingWriteRefused(key: string) {
  const id = ids[key]!;
  const attempts: [string, () => Promise<{ statusCode: number; json(): unknown }>][] = [
    ['PUT ratings', () => call('kasiA1', 'PUT', `/api/skp/${scene.skpOf[key]}/evaluation/ratings`, ratingsFor(scene.rhkOf[key]!, 'DI_ATAS', 'DI_ATAS', periodId))],
    ['PUT self-assessment', () => call(key, 'PUT', `/api/skp/${scene.skpOf[key]}/evaluation/self-assessment`, { periodId, rhk: [], perilaku: [] })],
    ['POST calibration', () => call('kasiA1', 'POST', `/api/evaluations/${id}/calibration`, { ratingPerilaku: 'DI_BAWAH', reason: 'Penyesuaian setelah finalisasi.' })],
    ['POST finalise', () => call('kasiA1', 'POST', '/api/calibration/finalise', { periodId, justification: 'Finalisasi ulang kelompok.' })],
    ['POST keberatan decision', () => call('kabidA', 'POST', `/api/evaluations/${id}/keberatan/decision`, { decision: 'CHANGED', ratingPerilaku: 'DI_BAWAH', reason: 'Diubah.' })],
    ['PUT org predikat', () => call('kabidA', 'PUT', `/api/units/${scene.ids.seksiA1}/org-predikat`, { year: YEAR, periodId, predikat: 'KURANG', reason: 'Koreksi predikat.' })],
  ];
  await nothingWritten(t, async () => {
    for (const [name, attempt] of attempts) assert.deepEqual(errorOf(await attempt()), { status: 409, code: 'CONFLICT' }, `${name} on ${key}`);
  });
}

before(async () => {
  t = await startTestApp();
  scene = await evaluationScene(t, 'L');
  periodId = scene.period.id;
  for (const key of ['admin', 'kabidA', 'kasiA1', ...TEAM]) await scene.as(key);
  const org = await call('kabidA', 'PUT', `/api/units/${scene.ids.seksiA1}/org-predikat`, { year: YEAR, periodId, predikat: 'BAIK', reason: 'Rencana aksi triwulan tercapai.' });
  assert.equal(org.statusCode, 200, org.body);
  const self = await call('staff1', 'PUT', `/api/skp/${scene.skpOf.staff1}/evaluation/self-assessment`, { periodId, rhk: [{ rhkId: scene.rhkOf.staff1![0], rating: 'DI_ATAS', reflection: 'Tepat waktu.' }], perilaku: [] });
  assert.equal(self.statusCode, 200, self.body);
  for (const key of TEAM) {
    const [hk, pk] = ratings[key]!;
    const res = await call('kasiA1', 'PUT', `/api/skp/${scene.skpOf[key]}/evaluation/ratings`, ratingsFor(scene.rhkOf[key]!, hk, pk, periodId));
    assert.equal(res.statusCode, 200, res.body);
    ids[key] = res.json().id;
  }
  const finalised = await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId });
  assert.equal(finalised.statusCode, 200, finalised.body);
});
after(() => t.close());

describe('after finalisation no rating changes through any endpoint', () => {
  test('when the evaluation is finalised and not yet accepted, then every rating write is 409 and nothing changes', async () => {
    await everyRatingWriteRefused('staff2');
  });

  test('when the pegawai has accepted it, then every rating write is still 409', async () => {
    assert.equal((await call('staff1', 'POST', `/api/evaluations/${ids.staff1}/acknowledge`)).statusCode, 200);
    await everyRatingWriteRefused('staff1');
    assert.deepEqual(errorOf(await call('staff1', 'POST', `/api/evaluations/${ids.staff1}/keberatan`, { reasons: 'Setelah diterima.' })), { status: 409, code: 'CONFLICT' });
  });

  test('when a keberatan is open, then only its decision may change the rating, and after the decision nothing does', async () => {
    assert.equal((await call('staff6', 'POST', `/api/evaluations/${ids.staff6}/keberatan`, { reasons: 'Bukti dukung sudah lengkap.' })).statusCode, 200);
    await everyRatingWriteRefusedExceptDecision('staff6');
    const decided = await call('kabidA', 'POST', `/api/evaluations/${ids.staff6}/keberatan/decision`, { decision: 'UPHELD', reason: 'Penilaian sesuai bukti dukung.' });
    assert.equal(decided.statusCode, 200, decided.body);
    await everyRatingWriteRefused('staff6');
    assert.deepEqual(errorOf(await call('staff6', 'POST', `/api/evaluations/${ids.staff6}/keberatan/statements`, { text: 'Tambahan.' })), { status: 409, code: 'CONFLICT' });
  });

  test('when the SKP is revised and a rated RHK deleted, then the database refuses (409) and the rating stays', async () => {
    assert.equal((await call('staff5', 'POST', `/api/skp/${scene.skpOf.staff5}/revise`)).statusCode, 200);
    await nothingWritten(t, async () => {
      const res = await call('staff5', 'DELETE', `/api/skp/${scene.skpOf.staff5}/rhk/${scene.rhkOf.staff5![1]}`);
      assert.deepEqual(errorOf(res), { status: 409, code: 'CONFLICT' });
    });
  });

  test('when a statement bypasses the services, then the database itself refuses to change a finalised rating', async () => {
    const id = ids.staff2!;
    const refused = async (statement: Promise<unknown>) => assert.rejects(statement, (error: { code?: string }) => error.code === '55000');
    await refused(t.db.updateTable('evaluation').set({ predikat: 'SANGAT_BAIK', rating_hasil_kerja: 'DI_ATAS', rating_perilaku: 'DI_ATAS' }).where('id', '=', id).execute());
    await refused(t.db.updateTable('evaluation').set({ status: 'DINILAI' }).where('id', '=', id).execute());
    await refused(t.db.updateTable('evaluation_rhk_rating').set({ rating: 'DI_BAWAH' }).where('evaluation_id', '=', id).execute());
    await refused(t.db.insertInto('evaluation_rhk_rating').values({ evaluation_id: id, rhk_id: scene.rhkOf.staff1![0]!, rating: 'DI_BAWAH' }).execute());
    await refused(t.db.deleteFrom('self_assessment_item').where('evaluation_id', '=', ids.staff1!).execute());
    await refused(sql`update evaluation set status = 'DIFINALISASI', rating_perilaku = 'DI_BAWAH', predikat = 'KURANG' where id = ${ids.staff6}`.execute(t.db));
    const row = await t.db.selectFrom('evaluation').select(['status', 'predikat']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'DIFINALISASI', predikat: 'BAIK' });
  });
});

/** While KEBERATAN: everything but the atasan penilai's decision is refused. */
async function everyRatingWriteRefusedExceptDecision(key: string) {
  const id = ids[key]!;
  await nothingWritten(t, async () => {
    assert.deepEqual(errorOf(await call('kasiA1', 'PUT', `/api/skp/${scene.skpOf[key]}/evaluation/ratings`, ratingsFor(scene.rhkOf[key]!, 'SESUAI', 'SESUAI', periodId))), { status: 409, code: 'CONFLICT' });
    assert.deepEqual(errorOf(await call('kasiA1', 'POST', `/api/evaluations/${id}/calibration`, { ratingHasilKerja: 'SESUAI', reason: 'Koreksi.' })), { status: 409, code: 'CONFLICT' });
    assert.deepEqual(errorOf(await call(key, 'PUT', `/api/skp/${scene.skpOf[key]}/evaluation/self-assessment`, { periodId, rhk: [], perilaku: [] })), { status: 409, code: 'CONFLICT' });
    assert.deepEqual(errorOf(await call('kasiA1', 'POST', `/api/evaluations/${id}/keberatan/decision`, { decision: 'UPHELD', reason: 'Saya penilainya.' })), { status: 403, code: 'FORBIDDEN_SCOPE' });
  });
}
