import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { demoLogins } from '../../seed/demo-accounts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';

let t: TestApp;
const as: Record<string, TestClient> = {};
const pegawaiIdOf: Record<string, string> = {};
const dialogues: Record<string, string> = {};

const call = (who: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) => as[who]!.request({ method, url, payload });
const count = async (table: 'dialogue' | 'dialogue_action' | 'coaching_feedback' | 'audit_log' | 'notification') =>
  Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.db)).rows[0]!.n);
const nothingWritten = async (work: () => Promise<void>) => {
  const tables = ['dialogue', 'dialogue_action', 'coaching_feedback', 'audit_log', 'notification'] as const;
  const before = await Promise.all(tables.map(count));
  await work();
  assert.deepEqual(await Promise.all(tables.map(count)), before, 'nothing is written');
};
const NINE = [true, true, false, true, true, true, false, true, true];

before(async () => {
  t = await startTestApp();
  const people = {
    kapus: demoLogins.kapusTanahGaram,
    perawat: demoLogins.perawat,
    kadinkes: demoLogins.kadinkes,
    adminDinkes: demoLogins.adminOpdDinkes,
    adminDikbud: demoLogins.adminOpdDikbud,
    auditor: demoLogins.auditor,
    bkpsdm: demoLogins.adminBkpsdm,
    stafDishub: demoLogins.stafDishub,
  };
  for (const [key, nip] of Object.entries(people)) {
    as[key] = await t.signIn(nip);
    pegawaiIdOf[key] = (await t.db.selectFrom('pegawai').select('id').where('nip', '=', nip).executeTakeFirstOrThrow()).id;
  }
  // The demo's Puskesmas Tanah Garam: its head is the perawat's atasan and penilai, the Kepala Dinas the head's.
  const chain = await t.db.selectFrom('penilai_chain').selectAll().where('pegawai_id', '=', pegawaiIdOf.perawat!).executeTakeFirstOrThrow();
  assert.equal(chain.atasan_pegawai_id, pegawaiIdOf.kapus);
  const kapusChain = await t.db.selectFrom('penilai_chain').selectAll().where('pegawai_id', '=', pegawaiIdOf.kapus!).executeTakeFirstOrThrow();
  assert.equal(kapusChain.atasan_pegawai_id, pegawaiIdOf.kadinkes);
});
after(() => t.close());

const input = (overrides: object = {}) => ({
  pegawaiId: pegawaiIdOf.perawat,
  kind: 'BIMBINGAN',
  heldOn: '2026-02-20',
  participants: 'Kepala Puskesmas, perawat',
  topics: 'Ketepatan waktu pencatatan rekam medis',
  actions: [{ text: 'Mengikuti pelatihan rekam medis elektronik', dueOn: '2026-04-30' }, { text: 'Melapor kemajuan mingguan' }],
  ...overrides,
});

describe('recording a dialogue', () => {
  test('when nobody is signed in, then every dialogue endpoint answers 401', async () => {
    for (const [method, url] of [['GET', '/api/dialogues'], ['GET', '/api/dialogues/1'], ['POST', '/api/dialogues']] as const) {
      const res = await t.request({ method, url, payload: method === 'POST' ? input() : undefined });
      assert.equal(res.statusCode, 401, `${method} ${url}`);
    }
  });

  test('when the atasan records a bimbingan, then the pegawai sees it and is notified, and it is audited', async () => {
    const audits = await count('audit_log');
    const res = await call('kapus', 'POST', '/api/dialogues', input());
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    dialogues.coaching = view.id;
    assert.equal(view.pegawai.pegawaiId, pegawaiIdOf.perawat);
    assert.equal(view.leader.pegawaiId, pegawaiIdOf.kapus);
    assert.deepEqual(view.actions.map((a: { text: string; status: string; dueOn: string | null }) => [a.status, a.dueOn]), [['OPEN', '2026-04-30'], ['OPEN', null]]);
    assert.deepEqual(view.can, { updateActions: true, giveCoachingFeedback: false });
    assert.equal(await count('audit_log'), audits + 1);
    const seen = await call('perawat', 'GET', `/api/dialogues/${view.id}`);
    assert.equal(seen.json().can.giveCoachingFeedback, true);
    const notes = await t.db.selectFrom('notification').select(['kind', 'link']).where('account_id', '=', as.perawat!.accountId).execute();
    assert.deepEqual(notes, [{ kind: 'DIALOGUE_RECORDED', link: `/dialog-kinerja/${view.id}` }]);
  });

  test('when someone outside the pegawai\'s chain records one, then 403 and nothing is written', async () => {
    await nothingWritten(async () => {
      for (const who of ['stafDishub', 'adminDinkes', 'perawat']) {
        const res = await call(who, 'POST', '/api/dialogues', input());
        assert.equal(res.statusCode, 403, who);
        assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE');
      }
    });
  });

  test('when the pegawai is unknown, then 404', async () => {
    assert.equal((await call('kapus', 'POST', '/api/dialogues', input({ pegawaiId: '999999999' }))).statusCode, 404);
  });

  test('when the input is malformed, then 400 and nothing is written', async () => {
    await nothingWritten(async () => {
      for (const bad of [input({ topics: '' }), input({ kind: 'NGOBROL' }), input({ heldOn: '20-02-2026' }), input({ heldOn: '2026-02-30' }), input({ actions: [{ text: 'x', dueOn: '2026-13-01' }] })]) {
        const res = await call('kapus', 'POST', '/api/dialogues', bad);
        assert.equal(res.statusCode, 400, res.body);
        assert.equal(res.json().error.code, 'VALIDATION_FAILED');
      }
    });
  });

  test('when the dialogue is dated in the future or an action is due before it, then 422 and nothing is written', async () => {
    await nothingWritten(async () => {
      const future = await call('kapus', 'POST', '/api/dialogues', input({ heldOn: '2026-03-03' }));
      assert.equal(future.statusCode, 422);
      assert.equal(future.json().error.details[0].path, 'heldOn');
      const early = await call('kapus', 'POST', '/api/dialogues', input({ actions: [{ text: 'x', dueOn: '2026-02-01' }] }));
      assert.equal(early.json().error.details[0].path, 'actions.0.dueOn');
    });
  });
});

describe('reading dialogues', () => {
  test('when the pegawai, the chain, BKPSDM, the Inspektorat or the OPD admin open it, then 200; others 403; unknown 404', async () => {
    for (const who of ['perawat', 'kapus', 'kadinkes', 'bkpsdm', 'auditor', 'adminDinkes']) assert.equal((await call(who, 'GET', `/api/dialogues/${dialogues.coaching}`)).statusCode, 200, who);
    for (const who of ['stafDishub', 'adminDikbud']) assert.equal((await call(who, 'GET', `/api/dialogues/${dialogues.coaching}`)).json().error.code, 'FORBIDDEN_SCOPE', who);
    assert.equal((await call('perawat', 'GET', '/api/dialogues/999999999')).statusCode, 404);
    assert.equal((await call('perawat', 'GET', '/api/dialogues/abc')).statusCode, 400);
  });

  test('when listing, then each sees what they reach, newest first, a page at a time', async () => {
    for (const heldOn of ['2026-01-10', '2026-02-25']) {
      const res = await call('kapus', 'POST', '/api/dialogues', input({ kind: 'EVALUASI', heldOn, actions: [] }));
      dialogues[heldOn] = res.json().id;
    }
    const first = (await call('perawat', 'GET', '/api/dialogues?limit=2')).json();
    assert.deepEqual(first.items.map((d: { heldOn: string }) => d.heldOn), ['2026-02-25', '2026-02-20']);
    assert.ok(first.nextCursor);
    const second = (await call('perawat', 'GET', `/api/dialogues?limit=2&cursor=${first.nextCursor}`)).json();
    assert.deepEqual(second.items.map((d: { heldOn: string }) => d.heldOn), ['2026-01-10']);
    assert.equal(second.nextCursor, null);
    for (const who of ['kapus', 'kadinkes', 'auditor', 'adminDinkes']) {
      assert.equal((await call(who, 'GET', `/api/dialogues?pegawaiId=${pegawaiIdOf.perawat}`)).json().items.length, 3, who);
    }
    assert.deepEqual((await call('stafDishub', 'GET', '/api/dialogues')).json().items, []);
    assert.deepEqual((await call('adminDikbud', 'GET', '/api/dialogues')).json().items, []);
  });

  test('when the pegawaiId filter is outside scope, unknown or the cursor is bad, then 403, 404, 400', async () => {
    assert.equal((await call('stafDishub', 'GET', `/api/dialogues?pegawaiId=${pegawaiIdOf.perawat}`)).statusCode, 403);
    assert.equal((await call('kapus', 'GET', '/api/dialogues?pegawaiId=999999999')).statusCode, 404);
    assert.equal((await call('kapus', 'GET', '/api/dialogues?cursor=bm9wZQ')).statusCode, 400);
  });
});

describe('following up the agreed actions', () => {
  test('when the pegawai and the leader update an action, then it is saved and audited; the rest of the chain may not', async () => {
    const view = (await call('perawat', 'GET', `/api/dialogues/${dialogues.coaching}`)).json();
    const actionId = view.actions[0].id;
    const audits = await count('audit_log');
    const done = await call('perawat', 'PATCH', `/api/dialogues/${dialogues.coaching}/actions/${actionId}`, { status: 'DONE', followUp: 'Sertifikat pelatihan terlampir' });
    assert.equal(done.statusCode, 200, done.body);
    assert.deepEqual([done.json().actions[0].status, done.json().actions[0].followUp], ['DONE', 'Sertifikat pelatihan terlampir']);
    assert.equal((await call('kapus', 'PATCH', `/api/dialogues/${dialogues.coaching}/actions/${actionId}`, { status: 'OPEN', followUp: 'Perlu bukti kehadiran' })).statusCode, 200);
    assert.equal(await count('audit_log'), audits + 2);
    await nothingWritten(async () => {
      assert.equal((await call('kadinkes', 'PATCH', `/api/dialogues/${dialogues.coaching}/actions/${actionId}`, { status: 'DONE' })).statusCode, 403);
      assert.equal((await call('stafDishub', 'PATCH', `/api/dialogues/${dialogues.coaching}/actions/${actionId}`, { status: 'DONE' })).statusCode, 403);
      assert.equal((await call('perawat', 'PATCH', `/api/dialogues/${dialogues['2026-01-10']}/actions/${actionId}`, { status: 'DONE' })).statusCode, 404);
      assert.equal((await call('perawat', 'PATCH', `/api/dialogues/${dialogues.coaching}/actions/${actionId}`, { status: 'SELESAI' })).statusCode, 400);
    });
  });
});

describe('Format B.1.8: the pegawai\'s feedback on the coaching', () => {
  test('when the leader or the wrong dialogue kind is used, or the answers are incomplete, then 403, 422, 400 and nothing is written', async () => {
    await nothingWritten(async () => {
      assert.equal((await call('kapus', 'PUT', `/api/dialogues/${dialogues.coaching}/coaching-feedback`, { answers: NINE })).statusCode, 403);
      assert.equal((await call('stafDishub', 'PUT', `/api/dialogues/${dialogues.coaching}/coaching-feedback`, { answers: NINE })).statusCode, 403);
      assert.equal((await call('perawat', 'PUT', `/api/dialogues/${dialogues['2026-01-10']}/coaching-feedback`, { answers: NINE })).statusCode, 422);
      assert.equal((await call('perawat', 'PUT', `/api/dialogues/${dialogues.coaching}/coaching-feedback`, { answers: NINE.slice(1) })).statusCode, 400);
      assert.equal((await call('perawat', 'PUT', '/api/dialogues/999999999/coaching-feedback', { answers: NINE })).statusCode, 404);
    });
  });

  test('when the pegawai answers once, then a second time is 409', async () => {
    const res = await call('perawat', 'PUT', `/api/dialogues/${dialogues.coaching}/coaching-feedback`, { answers: NINE, comment: 'Atasan banyak bertanya dan mendengar' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().coachingFeedback.answers, NINE);
    assert.equal(res.json().can.giveCoachingFeedback, false);
    const again = await call('perawat', 'PUT', `/api/dialogues/${dialogues.coaching}/coaching-feedback`, { answers: NINE });
    assert.equal(again.statusCode, 409);
  });

  test('when the leader reads it, then only "given" shows; the leader\'s superior, BKPSDM and the Inspektorat read the answers', async () => {
    const leader = (await call('kapus', 'GET', `/api/dialogues/${dialogues.coaching}`)).json();
    assert.equal(leader.coachingFeedbackGiven, true);
    assert.equal(leader.coachingFeedback, null);
    assert.doesNotMatch(JSON.stringify((await call('kapus', 'GET', '/api/dialogues')).json()), /banyak bertanya/);
    for (const who of ['kadinkes', 'bkpsdm', 'auditor', 'perawat']) {
      assert.equal((await call(who, 'GET', `/api/dialogues/${dialogues.coaching}`)).json().coachingFeedback?.comment, 'Atasan banyak bertanya dan mendengar', who);
    }
    assert.equal((await call('adminDinkes', 'GET', `/api/dialogues/${dialogues.coaching}`)).json().coachingFeedback, null);
    const audit = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'dialogue.coaching_feedback_given').executeTakeFirstOrThrow();
    assert.doesNotMatch(JSON.stringify(audit.data), /banyak bertanya|answers/);
  });
});
