import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { routeTable } from '../../platform/policy/route-table';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { pickPeople, scores, type Person } from './feedback360.test-support';

// Acceptance 3 of issue #5: "with 2 raters nothing is shown to anyone; with 3 the aggregate appears
// to the penilai and no rater's name reaches the pegawai through any endpoint".
let t: TestApp;
let subject: Person;
let penilai: Person;
let raters: Person[];
let period: { id: string; name: string };
const SERVICE_USER = 'Ibu pasien ruang KIA';
let dialogueId = '';
let actionId = '';

const requestIdOf = async (rater: Person) =>
  (await t.db.selectFrom('feedback360_request').select('id').where('rater_pegawai_id', '=', rater.pegawaiId).executeTakeFirstOrThrow()).id;
const answer = async (rater: Person, body: object) => rater.client.request({ method: 'POST', url: `/api/feedback360/requests/${await requestIdOf(rater)}/answer`, payload: body });
const subjectView = (who: Person) => who.client.request({ method: 'GET', url: `/api/feedback360/subjects/${subject.pegawaiId}?periodId=${period.id}` });

before(async () => {
  t = await startTestApp();
  ({ subject, penilai, raters, period } = await pickPeople(t));
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
      assert.equal(body.answered, 2);
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
