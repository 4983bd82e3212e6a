import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { demoLogins } from '../../seed/demo-accounts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { pickPeople, scores, type Person } from './feedback360.test-support';

let t: TestApp;
let subject: Person;
let penilai: Person;
let atasanPenilai: Person;
let raters: Person[];
let period: { id: string; name: string };
const as: Record<string, TestClient> = {};
let serviceUserToken = '';

type Table = 'feedback360_request' | 'feedback360_response' | 'audit_log' | 'notification';
const count = async (table: Table) => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.db)).rows[0]!.n);
const nothingWritten = async (work: () => Promise<void>) => {
  const tables: Table[] = ['feedback360_request', 'feedback360_response', 'audit_log', 'notification'];
  const before = await Promise.all(tables.map(count));
  await work();
  assert.deepEqual(await Promise.all(tables.map(count)), before, 'nothing is written');
};
const requestBody = (raterList: object[]) => ({ subjectPegawaiId: subject.pegawaiId, periodId: period.id, raters: raterList });
const rekan = (p: Person) => ({ relation: 'REKAN', pegawaiId: p.pegawaiId });
const view = (client: TestClient, pegawaiId = subject.pegawaiId, periodId = period.id) => client.request({ method: 'GET', url: `/api/feedback360/subjects/${pegawaiId}?periodId=${periodId}` });
const requestIdOf = async (rater: Person) =>
  (await t.db.selectFrom('feedback360_request').select('id').where('rater_pegawai_id', '=', rater.pegawaiId).where('subject_pegawai_id', '=', subject.pegawaiId).executeTakeFirstOrThrow()).id;
const answer = async (rater: Person, body: object) => rater.client.request({ method: 'POST', url: `/api/feedback360/requests/${await requestIdOf(rater)}/answer`, payload: body });

before(async () => {
  t = await startTestApp();
  ({ subject, penilai, atasanPenilai, raters, period } = await pickPeople(t));
  for (const [key, nip] of Object.entries({ bkpsdm: demoLogins.adminBkpsdm, auditor: demoLogins.auditor, adminDinkes: demoLogins.adminOpdDinkes, stafDishub: demoLogins.stafDishub })) as[key] = await t.signIn(nip);
});
after(() => t.close());

describe('asking for 360 input', () => {
  test('when nobody is signed in, then the signed-in endpoints answer 401', async () => {
    for (const [method, url] of [['POST', '/api/feedback360/requests'], ['GET', `/api/feedback360/subjects/1?periodId=1`], ['GET', '/api/feedback360/inbox'], ['POST', '/api/feedback360/requests/1/answer']] as const) {
      assert.equal((await t.request({ method, url, payload: method === 'POST' ? {} : undefined })).statusCode, 401, url);
    }
  });

  test('when anyone but the pejabat penilai asks, then 403 and nothing is written', async () => {
    await nothingWritten(async () => {
      for (const client of [subject.client, atasanPenilai.client, as.bkpsdm!, as.stafDishub!]) {
        const res = await client.request({ method: 'POST', url: '/api/feedback360/requests', payload: requestBody([rekan(raters[0]!)]) });
        assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE', client.login);
      }
    });
  });

  test('when the subject is unknown, then 404; when the input is malformed, then 400; nothing is written', async () => {
    await nothingWritten(async () => {
      const unknown = await penilai.client.request({ method: 'POST', url: '/api/feedback360/requests', payload: { ...requestBody([rekan(raters[0]!)]), subjectPegawaiId: '999999999' } });
      assert.equal(unknown.statusCode, 404);
      for (const bad of [requestBody([]), requestBody([{ relation: 'ATASAN', pegawaiId: raters[0]!.pegawaiId }]), requestBody([{ relation: 'PENGGUNA_LAYANAN' }]), { periodId: period.id, raters: [rekan(raters[0]!)] }]) {
        const res = await penilai.client.request({ method: 'POST', url: '/api/feedback360/requests', payload: bad });
        assert.equal(res.statusCode, 400, JSON.stringify(bad));
      }
    });
  });

  test('when a rater is the subject, the penilai, unknown or listed twice, or the period is not open, then 422 naming the field, and nothing is written', async () => {
    const closedYear = await t.db.insertInto('performance_year').values({ instansi_id: '1', year: 2019, granularity: 'quarterly', status: 'CLOSED' }).returning('id').executeTakeFirstOrThrow();
    const closed = await t.db
      .insertInto('period')
      .values({ year_id: closedYear.id, seq: 1, name: 'Triwulan I 2019', starts_on: '2019-01-01', ends_on: '2019-03-31', realisation_closes: '2019-04-05', evaluation_closes: '2019-04-15', status: 'CLOSED' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await nothingWritten(async () => {
      const cases: [object, string][] = [
        [requestBody([rekan(raters[0]!), rekan(subject)]), 'raters.1.pegawaiId'],
        [requestBody([rekan(penilai)]), 'raters.0.pegawaiId'],
        [requestBody([{ relation: 'BAWAHAN', pegawaiId: '999999999' }]), 'raters.0.pegawaiId'],
        [requestBody([rekan(raters[0]!), rekan(raters[0]!)]), 'raters.1.pegawaiId'],
        [{ ...requestBody([rekan(raters[0]!)]), periodId: closed.id }, 'periodId'],
        [{ ...requestBody([rekan(raters[0]!)]), periodId: '999999999' }, 'periodId'],
      ];
      for (const [body, path] of cases) {
        const res = await penilai.client.request({ method: 'POST', url: '/api/feedback360/requests', payload: body });
        assert.equal(res.statusCode, 422, res.body);
        assert.equal(res.json().error.details[0].path, path);
      }
    });
  });

  test('when the penilai asks four colleagues and a service user, then each colleague is notified and the link is given once, stored as a hash', async () => {
    const audits = await count('audit_log');
    const res = await penilai.client.request({
      method: 'POST',
      url: '/api/feedback360/requests',
      payload: requestBody([...raters.map(rekan), { relation: 'PENGGUNA_LAYANAN', label: 'Pasien poli umum' }]),
    });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.created, 5);
    assert.equal(body.serviceUserLinks.length, 1);
    const match = /^\/umpan-balik-360\/([A-Za-z0-9_-]{32})$/.exec(body.serviceUserLinks[0].url);
    assert.ok(match, body.serviceUserLinks[0].url);
    serviceUserToken = match[1]!;
    const stored = await t.db.selectFrom('feedback360_request').select(['token_hash', 'rater_label']).where('token_hash', 'is not', null).execute();
    assert.deepEqual(stored, [{ token_hash: createHash('sha256').update(serviceUserToken).digest('hex'), rater_label: 'Pasien poli umum' }]);
    const notified = await t.db.selectFrom('notification as n').innerJoin('account as a', 'a.id', 'n.account_id').select('a.pegawai_id').where('n.kind', '=', 'FEEDBACK360_REQUESTED').execute();
    assert.deepEqual(new Set(notified.map((n) => n.pegawai_id)), new Set(raters.map((r) => r.pegawaiId)));
    assert.equal(await count('audit_log'), audits + 1);
    assert.doesNotMatch(JSON.stringify(await t.db.selectFrom('audit_log').select('data').where('action', '=', 'feedback360.requested').execute()), new RegExp(serviceUserToken));
  });

  test('when the same colleague is asked again for the period, then 409 and nothing is written', async () => {
    await nothingWritten(async () => {
      const res = await penilai.client.request({ method: 'POST', url: '/api/feedback360/requests', payload: requestBody([rekan(raters[1]!)]) });
      assert.equal(res.statusCode, 409);
    });
  });
});

describe('answering', () => {
  test('when a rater opens the inbox, then they see whom to rate; the subject sees nothing of it', async () => {
    const inbox = (await raters[0]!.client.request({ method: 'GET', url: '/api/feedback360/inbox' })).json();
    assert.deepEqual(inbox.items.map((i: { subjectName: string; periodName: string; relation: string; answeredAt: null }) => [i.periodName, i.relation, i.answeredAt]), [[period.name, 'REKAN', null]]);
    assert.match(inbox.items[0].subjectName, new RegExp(subject.name));
    assert.deepEqual((await subject.client.request({ method: 'GET', url: '/api/feedback360/inbox' })).json().items, []);
  });

  test('when someone else answers, the request is unknown, or the scores are incomplete or off the scale, then 403, 404, 400 and nothing is written', async () => {
    const id = await requestIdOf(raters[0]!);
    await nothingWritten(async () => {
      for (const client of [subject.client, penilai.client, as.bkpsdm!, raters[1]!.client]) {
        assert.equal((await client.request({ method: 'POST', url: `/api/feedback360/requests/${id}/answer`, payload: { scores: scores(4) } })).statusCode, 403);
      }
      assert.equal((await raters[0]!.client.request({ method: 'POST', url: '/api/feedback360/requests/999999999/answer', payload: { scores: scores(4) } })).statusCode, 404);
      const { KOLABORATIF: _dropped, ...six } = scores(4);
      for (const bad of [{ scores: six }, { scores: scores(4, { JUJUR: 3 }) }, { scores: scores(4, { LOYAL: 6 }) }, { scores: scores(4), comments: { RAMAH: 'x' } }]) {
        const res = await answer(raters[0]!, bad);
        assert.equal(res.statusCode, 400, JSON.stringify(bad));
      }
    });
  });

  test('when the rater answers, then it is stored once; a second answer is 409', async () => {
    const res = await answer(raters[0]!, { scores: scores(4), comments: { HARMONIS: 'Suka menolong rekan', LOYAL: '' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await answer(raters[0]!, { scores: scores(5) })).statusCode, 409);
    const audit = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'feedback360.answered').execute();
    assert.equal(audit.length, 1);
    assert.doesNotMatch(JSON.stringify(audit), /Suka menolong|scores/);
  });
});

describe('acceptance 3: the aggregate appears only from three answers', () => {
  test('when two raters answered, then nobody sees an aggregate, nor how many answered', async () => {
    assert.equal((await answer(raters[1]!, { scores: scores(5) })).statusCode, 200);
    for (const client of [penilai.client, subject.client, atasanPenilai.client, as.bkpsdm!]) {
      const body = (await view(client)).json();
      assert.deepEqual([body.asked, body.released, body.threshold, body.aggregate], [5, 0, 3, null], client.login);
    }
  });

  test('when the third answers, then the penilai sees the aggregate beside who was asked, never who said what', async () => {
    assert.equal((await answer(raters[2]!, { scores: scores(3, { KOMPETEN: 1 }), comments: { AKUNTABEL: 'Selalu tepat waktu' } })).statusCode, 200);
    const body = (await view(penilai.client)).json();
    assert.equal(body.released, 3);
    const kompeten = body.aggregate.perValue.find((v: { code: string }) => v.code === 'KOMPETEN');
    assert.deepEqual(kompeten, { code: 'KOMPETEN', name: 'Kompeten', mean: 3.33, count: 3, distribution: [1, 0, 0, 1, 1] });
    assert.equal(body.aggregate.perValue.find((v: { code: string }) => v.code === 'LOYAL').mean, 4);
    assert.deepEqual(body.aggregate.comments, [{ code: 'AKUNTABEL', text: 'Selalu tepat waktu' }, { code: 'HARMONIS', text: 'Suka menolong rekan' }]);
    // Who answered is no longer said once the aggregate shows (a before/after comparison would reveal one person's scores).
    assert.deepEqual(body.raters.map((r: { answered: boolean | null }) => r.answered), [null, null, null, null, null]);
    assert.equal(body.can.request, true);
    assert.equal((await view(atasanPenilai.client)).json().raters.length, 5);
    assert.equal((await view(as.bkpsdm!)).json().raters.length, 5);
    assert.equal((await view(as.auditor!)).json().raters, null);
  });

  test('when the subject reads it, then the aggregate shows with no rater\'s name, NIP or id', async () => {
    const res = await view(subject.client);
    const body = res.json();
    assert.equal(body.aggregate.answered, 3);
    assert.equal(body.raters, null);
    assert.equal(body.can.request, false);
    for (const rater of raters) {
      for (const needle of [rater.name, rater.nip, `"${rater.pegawaiId}"`]) assert.ok(!res.body.includes(needle), `${needle} leaked`);
    }
  });

  test('when someone outside the chain asks, or the subject or period is unknown, then 403, 404, 400', async () => {
    for (const client of [as.stafDishub!, as.adminDinkes!, raters[0]!.client]) assert.equal((await view(client)).json().error.code, 'FORBIDDEN_SCOPE', client.login);
    assert.equal((await view(penilai.client, '999999999')).statusCode, 404);
    assert.equal((await view(penilai.client, subject.pegawaiId, '999999999')).statusCode, 404);
    assert.equal((await penilai.client.request({ method: 'GET', url: `/api/feedback360/subjects/${subject.pegawaiId}` })).statusCode, 400);
  });
});

describe('a service user answers through the one-time link', () => {
  test('when the link is opened, then the form names the subject, the period and the seven values', async () => {
    const res = await t.request({ method: 'GET', url: `/api/public/feedback360/${serviceUserToken}` });
    assert.equal(res.statusCode, 200, res.body);
    const form = res.json();
    assert.match(form.subjectName, new RegExp(subject.name));
    assert.equal(form.periodName, period.name);
    assert.equal(form.values.length, 7);
  });

  test('when the answer is incomplete, then 400 and nothing is written; when complete, then stored once and the link stops working', async () => {
    await nothingWritten(async () => {
      assert.equal((await t.request({ method: 'POST', url: `/api/public/feedback360/${serviceUserToken}`, payload: { scores: { LOYAL: 4 } } })).statusCode, 400);
    });
    const res = await t.request({ method: 'POST', url: `/api/public/feedback360/${serviceUserToken}`, payload: { scores: scores(5), comments: { BERORIENTASI_PELAYANAN: 'Ramah kepada pasien' } } });
    assert.equal(res.statusCode, 200, res.body);
    const audit = await t.db.selectFrom('audit_log').select(['actor_account_id']).where('action', '=', 'feedback360.answered_by_link').execute();
    assert.deepEqual(audit, [{ actor_account_id: null }]);
    assert.equal((await t.request({ method: 'GET', url: `/api/public/feedback360/${serviceUserToken}` })).statusCode, 404);
    assert.equal((await t.request({ method: 'POST', url: `/api/public/feedback360/${serviceUserToken}`, payload: { scores: scores(1) } })).statusCode, 404);
    assert.equal((await view(penilai.client)).json().released, 3, 'the fourth answer waits for two more before it is counted');
  });

  test('when the token is unknown or malformed, then 404 or 400 alike for GET and POST', async () => {
    const unknown = 'A'.repeat(32);
    assert.equal((await t.request({ method: 'GET', url: `/api/public/feedback360/${unknown}` })).statusCode, 404);
    assert.equal((await t.request({ method: 'POST', url: `/api/public/feedback360/${unknown}`, payload: { scores: scores(3) } })).statusCode, 404);
    assert.equal((await t.request({ method: 'GET', url: '/api/public/feedback360/short' })).statusCode, 400);
  });

  test('when one address tries many links in a minute, then it is throttled with 429', async () => {
    const replies = [];
    for (let i = 0; i < 32; i++) replies.push(await t.request({ method: 'GET', url: `/api/public/feedback360/${'B'.repeat(31)}${i % 10}` }));
    const statuses = replies.map((r) => r.statusCode);
    // Counted per address in the database; earlier requests of this file may already count.
    const limited = statuses.indexOf(429);
    assert.ok(limited > 0, statuses.join(','));
    assert.ok(statuses.slice(0, limited).every((s) => s === 404) && statuses.slice(limited).every((s) => s === 429), statuses.join(','));
    assert.equal(replies.at(-1)!.json().error.code, 'RATE_LIMITED');
  });
});
