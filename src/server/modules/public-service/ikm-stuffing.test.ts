// Issue #16 point 11: the IKM that feeds ratings is hard to stuff — one answer per respondent per
// unit per period (a device token from the survey page, issued under a per-address limit), bursts
// flagged on the unit's IKM page and left out of service-fed indicators until BKPSDM accepts them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows } from '../../../../test/support/fixtures';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { demoLogins } from '../../seed/demo-accounts';
import { demoYear, fromAddress, newAddress, serviceUnitId } from './public-service.test-support';

let t: TestApp;
let kadinkes: TestClient;
let skpId: string;
let periodId: string;
let unitId: string;
const unitUrl = '/api/public/service-units/pkm-tanah-garam';
const ALL_ONES = [1, 1, 1, 1, 1, 1, 1, 1, 1];

before(async () => {
  t = await startTestApp({ trustProxy: true });
  const demo = await demoYear(t);
  t.clock.set(demo.firstPeriodMoment);
  periodId = demo.periods[0]!.id;
  unitId = await serviceUnitId(t, 'pkm-tanah-garam');
  kadinkes = await t.signIn(demoLogins.kadinkes);
  const owner = await t.db.selectFrom('pegawai').select('id').where('nip', '=', demoLogins.kadinkes).executeTakeFirstOrThrow();
  skpId = (await t.db.selectFrom('skp').select('id').where('pegawai_id', '=', owner.id).where('year', '=', demo.year).where('valid_to', 'is', null).executeTakeFirstOrThrow()).id;
});
after(() => t.close());

const tokenFor = async (ip: string, slug = 'pkm-tanah-garam') => t.request({ method: 'POST', url: `/api/public/service-units/${slug}/ikm/token`, headers: fromAddress(ip) });
const newToken = async (ip = newAddress()) => {
  const res = await tokenFor(ip);
  assert.equal(res.statusCode, 200, res.body);
  return res.json().token as string;
};
const submit = (payload: object, ip: string, url = `${unitUrl}/ikm`) => t.request({ method: 'POST', url, payload, headers: fromAddress(ip) });
const ikmValue = async () => {
  const res = await kadinkes.request({ method: 'GET', url: `/api/skp/${skpId}/periods/${periodId}` });
  assert.equal(res.statusCode, 200, res.body);
  const iki = res.json().rhk.flatMap((r: { iki: { source?: { kind: string } | null; realisation: { value: number | null } | null }[] }) => r.iki);
  return iki.find((i: { source?: { kind: string } | null }) => i.source?.kind === 'IKM_INDEX')!.realisation?.value;
};
const ikmPage = async (client: TestClient) => {
  const res = await client.request({ method: 'GET', url: `/api/service-units/${unitId}/ikm?periodId=${periodId}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};

describe('issue #16: one answer per respondent per unit per period', () => {
  test('when an answer comes without a respondent token or with a forged one, then it is refused and nothing is kept', async () => {
    const before = await countRows(t.db, 'ikm_response');
    const ip = newAddress();
    assert.equal((await submit({ scores: ALL_ONES }, ip)).statusCode, 400);
    const genuine = await newToken(ip);
    const forged = `${genuine.split('.')[0]}.${'A'.repeat(43)}`;
    const refused = await submit({ scores: ALL_ONES, respondentToken: forged }, ip);
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(refused.json().error.details[0].path, 'respondentToken');
    assert.equal(await countRows(t.db, 'ikm_response'), before);
  });

  test('when the same device answers the same unit twice in a period, then the second is 409 and one is kept; another unit takes its answer', async () => {
    const before = await countRows(t.db, 'ikm_response');
    const token = await newToken();
    assert.equal((await submit({ scores: [4, 4, 4, 4, 4, 4, 4, 4, 4], respondentToken: token }, newAddress())).statusCode, 200);
    const again = await submit({ scores: [3, 3, 3, 3, 3, 3, 3, 3, 3], respondentToken: token }, newAddress());
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(await countRows(t.db, 'ikm_response'), before + 1);
    const other = await submit({ scores: [3, 3, 3, 3, 3, 3, 3, 3, 3], respondentToken: token }, newAddress(), '/api/public/service-units/kel-koto-panjang/ikm');
    assert.equal(other.statusCode, 200, other.body);
  });

  test('when one address asks for more than twenty tokens in an hour, then 429', async () => {
    const ip = newAddress();
    for (let i = 0; i < 20; i += 1) assert.equal((await tokenFor(ip)).statusCode, 200);
    assert.equal((await tokenFor(ip)).statusCode, 429);
  });
});

describe('issue #16: bursts are held out of service-fed indicators until BKPSDM accepts them', () => {
  let burstId = '';
  let valueBefore: number | null | undefined;

  test('when one address sends five answers within ten minutes, then they are flagged on the unit\'s IKM page and the IKM indicator does not move', async () => {
    valueBefore = await ikmValue();
    const pageBefore = await ikmPage(kadinkes);
    const ip = newAddress();
    for (let i = 0; i < 5; i += 1) {
      // Different answers each time, so none is taken for a double submission of the one before.
      const scores = ALL_ONES.map((one, k) => (k === i ? 2 : one));
      const res = await submit({ scores, respondentToken: await newToken(ip) }, ip);
      assert.equal(res.statusCode, 200, res.body);
      t.clock.advance(60_000);
    }
    assert.equal(await ikmValue(), valueBefore, 'the stuffed answers do not reach the indicator');
    const page = await ikmPage(kadinkes);
    assert.equal(page.respondents, pageBefore.respondents);
    assert.equal(page.held, 5);
    assert.equal(page.bursts.length, 1);
    assert.equal(page.bursts[0].status, 'PENDING');
    assert.equal(page.bursts[0].responses, 5);
    assert.equal(page.can.decideBursts, false);
    burstId = page.bursts[0].id;
  });

  test('when anyone but BKPSDM decides, or the note is missing, then 403 or 400 and the burst stays pending', async () => {
    const url = `/api/service-units/${unitId}/ikm/bursts/${burstId}/decision`;
    assert.equal((await kadinkes.request({ method: 'POST', url, payload: { decision: 'ACCEPT', note: 'Kios antrean' } })).statusCode, 403);
    const bkpsdm = await t.signInAs('ADMIN_BKPSDM');
    assert.equal((await bkpsdm.request({ method: 'POST', url, payload: { decision: 'ACCEPT', note: '' } })).statusCode, 400);
    assert.equal((await ikmPage(kadinkes)).bursts[0].status, 'PENDING');
  });

  test('when BKPSDM accepts the burst, then its answers count in the IKM and the indicator, the decision is audited, and a second decision is 409', async () => {
    const bkpsdm = await t.signInAs('ADMIN_BKPSDM');
    assert.equal((await ikmPage(bkpsdm)).can.decideBursts, true);
    const url = `/api/service-units/${unitId}/ikm/bursts/${burstId}/decision`;
    const res = await bkpsdm.request({ method: 'POST', url, payload: { decision: 'ACCEPT', note: 'Tablet kios di loket; diperiksa bersama kepala puskesmas.' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'ACCEPTED');
    const page = await ikmPage(kadinkes);
    assert.equal(page.held, 0);
    assert.ok((await ikmValue())! < valueBefore!, 'five low answers lower the index once accepted');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'actor_login']).where('entity_type', '=', 'ikm_burst').where('entity_id', '=', burstId).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['ikm.burst_flagged', 'ikm.burst_accepted']);
    assert.equal(audit[1]!.actor_login, bkpsdm.login);
    assert.equal((await bkpsdm.request({ method: 'POST', url, payload: { decision: 'REJECT', note: 'Berubah pikiran' } })).statusCode, 409);
  });
});

describe('issue #16: one address answering slowly all day', () => {
  test('when one address sends ten answers to one unit within a day, each twenty minutes apart, then the tenth flags them all as one burst held out of the IKM', async () => {
    // Hours pass on the test clock: sign in afresh for each look at the page.
    const look = async () => ikmPage(await t.signIn(demoLogins.kadinkes));
    const before = await look();
    const ip = newAddress();
    for (let i = 0; i < 10; i += 1) {
      const scores = ALL_ONES.map((one, k) => (k === i % 9 ? 2 + Math.floor(i / 9) : one));
      const res = await submit({ scores, respondentToken: await newToken(ip) }, ip);
      assert.equal(res.statusCode, 200, res.body);
      if (i === 8) assert.equal((await look()).held, before.held, 'nine answers in a day are not a burst');
      t.clock.advance(20 * 60_000);
    }
    const page = await look();
    assert.equal(page.held, before.held + 10);
    assert.equal(page.respondents, before.respondents);
    const daily = page.bursts.filter((b: { reason: string }) => b.reason.includes('24 jam'));
    assert.equal(daily.length, 1, JSON.stringify(page.bursts));
    assert.equal(daily[0].responses, 10);
    assert.equal(daily[0].status, 'PENDING');
  });
});
