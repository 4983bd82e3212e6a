// Issue #7, acceptance 4: the public dashboard and every public endpoint expose no name, NIK,
// phone or e-mail of complainants (this scans the replies); 200 rapid submissions from one
// address are limited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoLogins } from '../../seed/demo-accounts';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { routeTable } from '../../platform/policy/route-table';
import { complaintBody, demoYear, fileComplaint, fromAddress, newAddress, respondentToken } from './public-service.test-support';

let t: TestApp;
before(async () => {
  t = await startTestApp({ trustProxy: true });
  t.clock.set((await demoYear(t)).firstPeriodMoment);
});
after(() => t.close());

const citizen = { name: 'Sutan Marajo Penguji', phone: '081298765432', email: 'sutan.penguji@contoh.id', nik: '1371011203850002' };
const NIK = /(?<!\d)\d{16}(?!\d)/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?<!\d)(?:\+?62|0)8\d{7,11}(?!\d)/;

describe('personal data never leaves through a public endpoint', () => {
  test('when every public endpoint is called after a complaint with a name, phone, e-mail and NIK was filed and answered, then no reply contains any of them', async () => {
    const description = `Saya ${citizen.name} (NIK ${citizen.nik}, HP ${citizen.phone}) menunggu obat lebih dari tiga jam di apotek puskesmas.`;
    const filed = await fileComplaint(t, 'pkm-tanah-garam', complaintBody({ description, name: citizen.name, phone: citizen.phone, email: citizen.email }));
    assert.equal(filed.statusCode, 201, filed.body);
    const ticket = filed.json().ticket as string;
    // The unit answers (publicly) without repeating who complained.
    const head = await t.signIn(demoLogins.kapusTanahGaram);
    const id = (await t.db.selectFrom('complaint').select('id').where('ticket', '=', ticket).executeTakeFirstOrThrow()).id;
    assert.equal((await head.request({ method: 'POST', url: `/api/complaints/${id}/resolve`, payload: { text: 'Stok obat sudah dipenuhi dan antrean apotek dibagi dua loket.' } })).statusCode, 200);

    const seededPeople = await t.db.selectFrom('complaint').select(['complainant_name', 'complainant_phone', 'complainant_email']).where('complainant_name', 'is not', null).execute();
    const forbidden = [citizen.name, citizen.phone, citizen.email, citizen.nik, ...seededPeople.flatMap((p) => [p.complainant_name, p.complainant_phone, p.complainant_email]).filter((v): v is string => !!v)];
    const { year } = await demoYear(t);
    const calls: Record<string, { method: 'GET' | 'POST'; url: string; payload?: object }> = {
      'GET /api/public/service-units': { method: 'GET', url: '/api/public/service-units' },
      'GET /api/public/service-units/:slug': { method: 'GET', url: '/api/public/service-units/pkm-tanah-garam' },
      'GET /api/public/service-units/:slug/qr.svg': { method: 'GET', url: '/api/public/service-units/pkm-tanah-garam/qr.svg' },
      'POST /api/public/service-units/:slug/complaints': { method: 'POST', url: '/api/public/service-units/pkm-tanah-garam/complaints', payload: complaintBody({ description, name: citizen.name, phone: citizen.phone, email: citizen.email }) },
      'POST /api/public/service-units/:slug/ikm/token': { method: 'POST', url: '/api/public/service-units/pkm-tanah-garam/ikm/token' },
      'POST /api/public/service-units/:slug/ikm': { method: 'POST', url: '/api/public/service-units/pkm-tanah-garam/ikm', payload: { scores: [4, 4, 3, 4, 3, 3, 4, 4, 3], comment: 'Bagus', respondentToken: await respondentToken(t) } },
      'GET /api/public/complaints/:ticket': { method: 'GET', url: `/api/public/complaints/${ticket}` },
      'GET /api/public/dashboard': { method: 'GET', url: `/api/public/dashboard?year=${year}` },
    };
    // Every public route of the policy table is scanned, so a new one cannot slip past this test.
    const publicRoutes = Object.entries(routeTable).filter(([key, access]) => access.kind === 'public' && key.includes('/api/public/') && !key.includes('feedback360')).map(([key]) => key);
    assert.deepEqual(publicRoutes.sort(), Object.keys(calls).sort());
    for (const [key, call] of Object.entries(calls)) {
      const res = await t.request({ ...call, headers: fromAddress(newAddress()) });
      assert.ok(res.statusCode < 300, `${key}: ${res.statusCode} ${res.body}`);
      for (const value of forbidden) assert.equal(res.body.includes(value), false, `${key} exposes "${value}"`);
      assert.doesNotMatch(res.body, NIK, `${key} has a NIK-like number`);
      assert.doesNotMatch(res.body, EMAIL, `${key} has an e-mail address`);
      assert.doesNotMatch(res.body, PHONE, `${key} has a phone number`);
    }
    // The handling unit does see them (they were not lost on the way in).
    const detail = (await head.request({ method: 'GET', url: `/api/complaints/${id}` })).json();
    assert.deepEqual(detail.contact, { name: citizen.name, phone: citizen.phone, email: citizen.email });
  });
});

describe('rate limits per address', () => {
  test('when one address sends 200 complaints in a row, then only the first 10 are accepted and the rest are 429; another address is not affected', async () => {
    const ip = newAddress();
    const before = await t.db.selectFrom('complaint').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const statuses: number[] = [];
    for (let i = 0; i < 200; i += 1) statuses.push((await fileComplaint(t, 'pkm-tanah-garam', complaintBody(), ip)).statusCode);
    assert.equal(statuses.filter((s) => s === 201).length, 10);
    assert.equal(statuses.filter((s) => s === 429).length, 190);
    assert.ok(statuses.slice(10).every((s) => s === 429));
    const limited = await fileComplaint(t, 'pkm-tanah-garam', complaintBody(), ip);
    assert.equal(limited.json().error.code, 'RATE_LIMITED');
    const afterRows = await t.db.selectFrom('complaint').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(afterRows.n) - Number(before.n), 10);
    assert.equal((await fileComplaint(t, 'pkm-tanah-garam', complaintBody(), newAddress())).statusCode, 201);
  });

  test('when one address sends 200 IKM answers in a row, then those past the hourly limit are 429', async () => {
    const ip = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const scores = Array.from({ length: 9 }, (_, k) => 1 + ((i + k) % 4));
      // Each answer with its own device token (issued to other addresses), so only the address limit applies.
      const payload = { scores, respondentToken: await respondentToken(t) };
      statuses.push((await t.request({ method: 'POST', url: '/api/public/service-units/pkm-tanah-garam/ikm', payload, headers: fromAddress(ip) })).statusCode);
    }
    assert.equal(statuses.filter((s) => s === 200).length, 60);
    assert.equal(statuses.filter((s) => s === 429).length, 140);
  });
});
