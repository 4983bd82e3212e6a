import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FIXTURE_PASSWORD } from '../../../../test/support/fixtures';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { errorOf, evaluationScene, nothingWritten, ratingsFor, TEAM, TODAY, YEAR } from './evaluation.test-support';

// Issue #16 point 12 (evaluation side): each step in its order, and a predikat provisional until finalised.
let t: TestApp;
let scene: Awaited<ReturnType<typeof evaluationScene>>;
let p1: { id: string; name: string };
let p2: { id: string; name: string };
let clients: Record<string, TestClient> = {};

/** Moves the clock (Solok is UTC+7: 01:00 UTC is 08:00 there) and signs everyone in again, as sessions do not outlive a jump. */
function moveTo(day: string) {
  t.clock.set(new Date(`${day}T01:00:00.000Z`));
  clients = {};
}
const as = async (key: string) => (clients[key] ??= key === 'admin' ? await t.signIn('199001012015011001') : await t.signIn(scene.ids[`${key}.nip`]!, FIXTURE_PASSWORD));
const call = async (who: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) => (await as(who)).request({ method, url, payload });
const rate = (key: string, periodId: string | null) => call('kasiA1', 'PUT', `/api/skp/${scene.skpOf[key]}/evaluation/ratings`, ratingsFor(scene.rhkOf[key]!, 'SESUAI', 'SESUAI', periodId));

before(async () => {
  t = await startTestApp();
  scene = await evaluationScene(t, 'O', `${TODAY}T01:00:00.000Z`);
  p1 = scene.periods[0]!;
  p2 = scene.periods[1]!;
});
after(() => t.close());

describe('rating waits for the end of the period and for its realisation', () => {
  test('when a penilai rates a quarter before it ends, then 409, nothing is written, and the screen says what rating waits for', async () => {
    await as('kasiA1');
    await nothingWritten(t, async () => {
      const res = await rate('staff1', p1.id);
      assert.deepEqual(errorOf(res), { status: 409, code: 'CONFLICT' });
    });
    const view = (await call('kasiA1', 'GET', `/api/skp/${scene.skpOf.staff1}/evaluation?periodId=${p1.id}`)).json();
    assert.equal(view.can.rate, false);
    assert.match(view.waitingFor.join(' '), new RegExp(`${p1.name} baru berakhir ${YEAR}-03-31`));
  });

  test('when the annual rating is tried before the year ends, then 409', async () => {
    await nothingWritten(t, async () => assert.deepEqual(errorOf(await rate('staff1', null)), { status: 409, code: 'CONFLICT' }));
  });

  test('when the quarter has ended but nobody submitted its realisation and its deadline has not passed, then 409 naming the realisation', async () => {
    moveTo(`${YEAR}-04-02`);
    await as('kasiA1');
    await nothingWritten(t, async () => {
      const res = await rate('staff1', p1.id);
      assert.deepEqual(errorOf(res), { status: 409, code: 'CONFLICT' });
      assert.match(JSON.stringify(res.json().error.details), new RegExp(`Realisasi ${p1.name} belum diajukan`));
    });
  });

  test('when the realisation is submitted, then the rating goes through with nothing recorded missing', async () => {
    await t.db.insertInto('realisation_period').values({ skp_id: scene.skpOf.staff1!, period_id: p1.id, submitted_at: t.clock.now(), submitted_by: null }).execute();
    const res = await rate('staff1', p1.id);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().ratings.realisationUnsubmitted, []);
  });

  test('when the realisation deadline passed with nothing submitted, then the rating goes through and records that on the rating', async () => {
    moveTo(`${YEAR}-04-10`);
    for (const key of TEAM.filter((k) => k !== 'staff1')) {
      const res = await rate(key, p1.id);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json().ratings.realisationUnsubmitted, [p1.name]);
    }
  });

  test('when the instansi lets penilai rate earlier, then a running quarter can be rated and the rating records it', async () => {
    assert.equal((await call('admin', 'PUT', '/api/settings/ratingWaitsForPeriod', { value: 'open' })).statusCode, 200);
    try {
      const res = await rate('staff1', p2.id);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().ratings.ratedBeforeEnd, true);
      assert.deepEqual(res.json().ratings.realisationUnsubmitted, [p2.name]);
    } finally {
      await call('admin', 'PUT', '/api/settings/ratingWaitsForPeriod', { value: 'wait' });
    }
  });
});

describe('a predikat is provisional until finalised', () => {
  test('when the pegawai looks before finalisation, then the predikat is marked provisional; after it, not', async () => {
    const before = (await call('staff1', 'GET', `/api/skp/${scene.skpOf.staff1}/evaluation?periodId=${p1.id}`)).json();
    assert.deepEqual([before.ratings.predikat, before.ratings.provisional], ['BAIK', true]);
    const mine = (await call('staff1', 'GET', `/api/evaluations?year=${YEAR}`)).json();
    assert.equal(mine.items.find((i: { period: { id: string } | null }) => i.period?.id === p1.id).provisional, true);
    const org = await call('kabidA', 'PUT', `/api/units/${scene.ids.seksiA1}/org-predikat`, { year: YEAR, periodId: p1.id, predikat: 'BAIK', reason: 'Rencana aksi triwulan tercapai.' });
    assert.equal(org.statusCode, 200, org.body);
    const done = await call('kasiA1', 'POST', '/api/calibration/finalise', { periodId: p1.id, justification: 'Tim merata pada triwulan ini; tidak ada yang layak Butuh Perbaikan.' });
    assert.equal(done.statusCode, 200, done.body);
    const after = (await call('staff1', 'GET', `/api/skp/${scene.skpOf.staff1}/evaluation?periodId=${p1.id}`)).json();
    assert.deepEqual([after.ratings.predikat, after.ratings.provisional], ['BAIK', false]);
  });
});

describe('a rated period stays as it was rated', () => {
  const periodUrl = (key: string, periodId: string) => `/api/skp/${scene.skpOf[key]}/periods/${periodId}`;

  test('when a quarter was rated without submitted realisation, then its owner can no longer enter or submit it, and nothing is written', async () => {
    const iki = await t.db.selectFrom('iki').select('id').where('rhk_id', '=', scene.rhkOf.staff2![0]!).executeTakeFirstOrThrow();
    await as('staff2');
    await nothingWritten(t, async () => {
      const put = await call('staff2', 'PUT', `${periodUrl('staff2', p1.id)}/iki/${iki.id}`, { value: 1 });
      assert.deepEqual(errorOf(put), { status: 422, code: 'RULE_VIOLATION' });
      assert.match(put.json().error.details[0].message, /sudah dinilai/);
      assert.deepEqual(errorOf(await call('staff2', 'POST', `${periodUrl('staff2', p1.id)}/submit`)), { status: 422, code: 'RULE_VIOLATION' });
    });
    const view = (await call('staff2', 'GET', periodUrl('staff2', p1.id))).json();
    assert.equal(view.can.edit, false);
    assert.equal(await t.db.selectFrom('realisation').select('id').where('skp_id', '=', scene.skpOf.staff2!).where('period_id', '=', p1.id).executeTakeFirst(), undefined);
  });

  test('when the penilai reopens a submitted quarter that is rated, then 409 and it stays locked', async () => {
    const res = await call('kasiA1', 'POST', `${periodUrl('staff1', p1.id)}/reopen`, { reason: 'Ada data yang perlu diperbaiki' });
    assert.deepEqual(errorOf(res), { status: 409, code: 'CONFLICT' });
    assert.match(res.json().error.details[0].reason, /sudah dinilai/);
    const row = await t.db.selectFrom('realisation_period').select('reopened_at').where('skp_id', '=', scene.skpOf.staff1!).where('period_id', '=', p1.id).executeTakeFirstOrThrow();
    assert.equal(row.reopened_at, null);
    assert.equal((await call('kasiA1', 'GET', periodUrl('staff1', p1.id))).json().can.reopen, false);
  });
});
