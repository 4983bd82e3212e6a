import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { routeTable } from '../../platform/policy/route-table';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { aggregate360For } from './feedback360-summary';
import { pickPeople, scores, type Person } from './feedback360.test-support';

// Acceptance 3 of issue #5: "with 2 raters nothing is shown to anyone; with 3 the aggregate appears
// to the penilai and no rater's name reaches the pegawai through any endpoint".
let t: TestApp;
let subject: Person;
let penilai: Person;
let atasanPenilai: Person;
let raters: Person[];
let period: { id: string; name: string };
const SERVICE_USER = 'Ibu pasien ruang KIA';
let dialogueId = '';
let actionId = '';

const requestIdOf = async (rater: Person) =>
  (await t.db.selectFrom('feedback360_request').select('id').where('rater_pegawai_id', '=', rater.pegawaiId).executeTakeFirstOrThrow()).id;
const answer = async (rater: Person, body: object) => rater.client.request({ method: 'POST', url: `/api/feedback360/requests/${await requestIdOf(rater)}/answer`, payload: body });
const subjectView = (who: Pick<Person, 'client'>, periodId = period.id) =>
  who.client.request({ method: 'GET', url: `/api/feedback360/subjects/${subject.pegawaiId}?periodId=${periodId}` });

before(async () => {
  t = await startTestApp();
  ({ subject, penilai, atasanPenilai, raters, period } = await pickPeople(t));
  const asked = await penilai.client.request({
    method: 'POST',
    url: '/api/feedback360/requests',
    payload: { subjectPegawaiId: subject.pegawaiId, periodId: period.id, raters: [...raters.map((r) => ({ relation: 'REKAN', pegawaiId: r.pegawaiId })), { relation: 'PENGGUNA_LAYANAN', label: SERVICE_USER }] },
  });
  assert.equal(asked.statusCode, 200, asked.body);
  const recorded = await penilai.client.request({
    method: 'POST',
    url: '/api/dialogues',
    payload: { pegawaiId: subject.pegawaiId, kind: 'BIMBINGAN', heldOn: '2026-02-27', topics: 'Hasil umpan balik rekan kerja', actions: [{ text: 'Rencana pengembangan' }] },
  });
  assert.equal(recorded.statusCode, 200, recorded.body);
  dialogueId = recorded.json().id;
  actionId = recorded.json().actions[0].id;
});
after(() => t.close());

describe('acceptance 3: 360 input stays anonymous and below three answers stays hidden', () => {
  test('when two raters answered, then neither the penilai nor the subject sees an aggregate', async () => {
    assert.equal((await answer(raters[0]!, { scores: scores(4), comments: { HARMONIS: 'Selalu membantu shift malam' } })).statusCode, 200);
    assert.equal((await answer(raters[1]!, { scores: scores(2) })).statusCode, 200);
    for (const who of [penilai, subject]) {
      const body = (await subjectView(who)).json();
      assert.equal(body.released, 0);
      assert.equal(body.aggregate, null, `no aggregate for ${who.name}`);
    }
  });

  test('when the third answers, then the penilai sees the aggregate and the subject sees it without names', async () => {
    assert.equal((await answer(raters[2]!, { scores: scores(3), comments: { ADAPTIF: 'Cepat belajar aplikasi baru' } })).statusCode, 200);
    const forPenilai = (await subjectView(penilai)).json();
    assert.equal(forPenilai.aggregate.answered, 3);
    assert.equal(forPenilai.aggregate.perValue[0].mean, 3);
    assert.ok(forPenilai.raters.every((r: { answered: boolean | null }) => r.answered === null));
    const forSubject = (await subjectView(subject)).json();
    assert.deepEqual(forSubject.aggregate, forPenilai.aggregate);
    assert.equal(forSubject.raters, null);
  });

  test('when the subject calls every endpoint of dialogues, 360, feedback and notifications, then no rater name, NIP or id is in any body', async () => {
    const needles = raters.flatMap((r) => [r.name, r.nip, `"${r.pegawaiId}"`, `"${r.client.accountId}"`]).concat(SERVICE_USER);
    // Ids of rows the subject may legitimately see must not look like a rater's id, or the scan would cry wolf.
    const legit = await sql<{ id: string }>`
      select id::text from dialogue union select id::text from dialogue_action union select id::text from notification
      union select id::text from feedback360_request union select id::text from period union select id::text from performance_year
      union select id::text from instansi`.execute(t.db);
    const legitIds = new Set([...legit.rows.map((r) => r.id), subject.pegawaiId, subject.client.accountId]);
    assert.deepEqual(raters.flatMap((r) => [r.pegawaiId, r.client.accountId]).filter((id) => legitIds.has(id)), [], 'test precondition: ids do not collide');

    const requestIds = await Promise.all(raters.map(requestIdOf));
    const concrete = (url: string) =>
      url.replace(':pegawaiId', subject.pegawaiId).replace(':actionId', actionId).replace(':token', 'Z'.repeat(32)).replace(':id', url.startsWith('/api/dialogues') ? dialogueId : requestIds[0]!);
    const bodies: Record<string, object> = {
      'POST /api/dialogues': { pegawaiId: subject.pegawaiId, kind: 'LAINNYA', heldOn: '2026-02-27', topics: 'x' },
      'PATCH /api/dialogues/:id/actions/:actionId': { status: 'DONE', followUp: 'Selesai' },
      'PUT /api/dialogues/:id/coaching-feedback': { answers: [true, true, true, true, true, true, true, true, false] },
      'POST /api/feedback360/requests': { subjectPegawaiId: subject.pegawaiId, periodId: period.id, raters: [{ relation: 'REKAN', pegawaiId: raters[3]!.pegawaiId }] },
      'POST /api/feedback360/requests/:id/answer': { scores: scores(5) },
      'POST /api/public/feedback360/:token': { scores: scores(5) },
    };
    const calls = Object.keys(routeTable)
      .filter((key) => /^\w+ \/api\/(dialogues|feedback360|public\/feedback360)/.test(key) || ['GET /api/feedback', 'GET /api/notifications', 'GET /api/me'].includes(key))
      .map((key) => {
        const [method, url] = key.split(' ') as ['GET', string];
        return { key, method, url: concrete(url) + (url.endsWith(':pegawaiId') ? `?periodId=${period.id}` : ''), payload: bodies[key] };
      });
    // Every rater's request too, by id: a 403 must not name anyone either.
    for (const id of requestIds) calls.push({ key: 'POST /api/feedback360/requests/:id/answer', method: 'POST' as 'GET', url: `/api/feedback360/requests/${id}/answer`, payload: { scores: scores(5) } });
    assert.ok(calls.length >= 14, `calls: ${calls.map((c) => c.key).join(', ')}`);

    const statuses: string[] = [];
    for (const call of calls) {
      const res = await subject.client.request({ method: call.method, url: call.url, payload: call.payload });
      statuses.push(`${call.key} → ${res.statusCode}`);
      assert.ok(res.statusCode < 500, `${call.key}: ${res.body}`);
      for (const needle of needles) assert.ok(!res.body.includes(needle), `${call.key} (${res.statusCode}) reveals ${needle}`);
    }
    // The subject's own views did return data, so the scan looked at something.
    assert.ok(statuses.includes(`GET /api/feedback360/subjects/:pegawaiId → 200`) && statuses.includes('GET /api/dialogues/:id → 200'), statuses.join('\n'));
  });
});

// Issue #16 point 9: each attack on the aggregate, played in sequence after the three answers above (ADR 007).
describe('issue #16: 360 stays anonymous against every sequence of calls', () => {
  let shown: unknown;
  let later: { id: string }[] = [];
  const ask = async (periodId: string, who: Person[]) => {
    const res = await penilai.client.request({
      method: 'POST',
      url: '/api/feedback360/requests',
      payload: { subjectPegawaiId: subject.pegawaiId, periodId, raters: who.map((r) => ({ relation: 'REKAN', pegawaiId: r.pegawaiId })) },
    });
    assert.equal(res.statusCode, 200, res.body);
  };
  const answerIn = async (rater: Person, periodId: string, body: object) => {
    const id = (await t.db.selectFrom('feedback360_request').select('id').where('rater_pegawai_id', '=', rater.pegawaiId).where('period_id', '=', periodId).executeTakeFirstOrThrow()).id;
    const res = await rater.client.request({ method: 'POST', url: `/api/feedback360/requests/${id}/answer`, payload: body });
    assert.equal(res.statusCode, 200, res.body);
  };

  before(async () => {
    shown = (await subjectView(penilai)).json().aggregate;
    later = await t.db
      .selectFrom('period')
      .select('id')
      .where('year_id', '=', (eb) => eb.selectFrom('period').select('year_id').where('id', '=', period.id))
      .where('id', '!=', period.id)
      .orderBy('seq')
      .limit(2)
      .execute();
    assert.equal(later.length, 2, 'the demo year has more periods');
  });

  test('when one more colleague answers after the aggregate was shown, then the aggregate stays as it was (the difference would be that answer)', async () => {
    assert.ok(shown, 'the aggregate was shown after three answers');
    await answerIn(raters[3]!, period.id, { scores: scores(1), comments: { LOYAL: 'Jawaban keempat' } });
    for (const who of [penilai, subject]) {
      const body = (await subjectView(who)).json();
      assert.equal(body.released, 3, 'the fourth answer is not counted until it is released');
      assert.deepEqual(body.aggregate, shown, `aggregate for ${who.name} unchanged`);
    }
  });

  test('when the penilai asks one colleague alone and polls the 360 view, then nothing the penilai, BKPSDM or the Inspektorat read moves when that colleague answers', async () => {
    const p2 = later[0]!.id;
    await ask(p2, [raters[3]!]);
    const readers = [penilai, { client: await t.signInAs('ADMIN_BKPSDM') }, { client: await t.signInAs('INSPEKTORAT') }];
    const read = async () => Promise.all(readers.map(async (who) => (await subjectView(who, p2)).body));
    const before = await read();
    await answerIn(raters[3]!, p2, { scores: scores(1), comments: { AKUNTABEL: 'Sendirian di periode dua' } });
    assert.deepEqual(await read(), before, 'a count of unreleased answers would say that this one colleague answered');
    assert.equal((await subjectView(penilai, p2)).json().released, 0);
  });

  test('when one rater answered alone in one period and three in the next, then neither that period nor the combined (annual) view shows the lone answer', async () => {
    const [p2, p3] = later.map((p) => p.id) as [string, string];
    await ask(p3, raters.slice(0, 3));
    for (const r of raters.slice(0, 3)) await answerIn(r, p3, { scores: scores(5) });
    assert.equal((await subjectView(penilai, p2)).json().aggregate, null);
    const third = (await subjectView(penilai, p3)).json().aggregate;
    assert.equal(third.answered, 3);
    const annual = await aggregate360For(t.db, subject.pegawaiId, [p2, p3]);
    assert.deepEqual(annual, third, 'the annual view is the released answers only');
    assert.ok(!JSON.stringify(annual).includes('Sendirian'));
  });

  test('when the penilai, atasan penilai or BKPSDM read who was asked, before or after the threshold, then nobody is shown as having answered', async () => {
    const bkpsdm = { client: await t.signInAs('ADMIN_BKPSDM') };
    for (const who of [penilai, atasanPenilai, bkpsdm]) {
      for (const periodId of [period.id, ...later.map((p) => p.id)]) {
        const raterList = (await subjectView(who, periodId)).json().raters as { answered: boolean | null }[] | null;
        assert.ok(raterList && raterList.length > 0, 'the names of those asked are listed');
        assert.ok(raterList.every((r) => r.answered === null), `period ${periodId}: ${JSON.stringify(raterList)}`);
      }
    }
  });

  test('when BKPSDM, the Inspektorat, an admin OPD or a pimpinan without a relation to the subject read the 360 view, then no aggregate', async () => {
    for (const role of ['ADMIN_BKPSDM', 'INSPEKTORAT', 'ADMIN_OPD', 'PIMPINAN'] as const) {
      const res = await subjectView({ client: await t.signInAs(role) });
      assert.ok(res.statusCode === 200 || res.statusCode === 403, `${role}: ${res.statusCode}`);
      if (res.statusCode === 200) assert.equal(res.json().aggregate, null, role);
    }
    assert.ok((await subjectView(atasanPenilai)).json().aggregate, 'the atasan penilai does see it');
  });

  test('when the subject holds the Inspektorat role and reads the audit log, then nothing tells who was asked or who answered about them', async () => {
    await t.db.insertInto('account_role').values({ account_id: subject.client.accountId, role: 'INSPEKTORAT', granted_at: new Date(), granted_by: null, opd_id: null }).execute();
    const res = await subject.client.request({ method: 'GET', url: '/api/audit?limit=200&action=feedback360' });
    assert.equal(res.statusCode, 200, res.body);
    const requestIds = (await t.db.selectFrom('feedback360_request').select('id').where('subject_pegawai_id', '=', subject.pegawaiId).execute()).map((r) => r.id);
    const needles = raters.flatMap((r) => [r.name, r.nip, r.client.login, `"${r.pegawaiId}"`, `"${r.client.accountId}"`]).concat(requestIds.map((id) => `"${id}"`));
    for (const needle of needles) assert.ok(!res.body.includes(needle), `the audit log shows ${needle}`);
  });

  test('when anyone reads the audit rows of 360 answers, then they name neither the rater nor the request, and the rater\'s login finds none of them', async () => {
    const inspector = await t.signInAs('INSPEKTORAT');
    const rows = (await inspector.request({ method: 'GET', url: '/api/audit?limit=200&action=feedback360.answered' })).json().items as Record<string, unknown>[];
    assert.equal(rows.length, 8, 'each answer was audited');
    for (const row of rows) {
      assert.equal(row.actorLogin, null);
      assert.equal(row.ip, null);
      assert.equal(row.entityType, 'pegawai');
      assert.equal(row.entityId, subject.pegawaiId, JSON.stringify(row));
    }
    for (const rater of raters) {
      const mine = (await inspector.request({ method: 'GET', url: `/api/audit?limit=200&action=feedback360.answered&actor=${rater.client.login}` })).json().items;
      assert.deepEqual(mine, [], rater.client.login);
    }
  });

  test('when the database is read directly, then an answer cannot be joined to its request or rater', async () => {
    const columns = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = 'feedback360_response'`.execute(t.db);
    const names = columns.rows.map((c) => c.column_name);
    assert.ok(!names.includes('request_id') && !names.some((n) => n.includes('rater') || n.endsWith('_at')), names.join(', '));
  });
});
