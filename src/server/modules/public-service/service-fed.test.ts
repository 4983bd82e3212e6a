// Issue #7, acceptance 3: a Dinas Kesehatan IKI "complaints answered within standard (%)" shows
// the computed value for the period in the pegawai's SKP, and it changes when a complaint is
// answered late.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { demoLogins } from '../../seed/demo-accounts';
import { complaintBody, demoYear, fileComplaint, serviceUnitId } from './public-service.test-support';

const ON_TIME = 'Persentase pengaduan yang diselesaikan sesuai standar waktu';

interface IkiRow {
  id: string;
  indicator: string;
  realisation: { value: number | null; narrative: string } | null;
  capaian: number | null;
  source?: { kind: string; unitName: string; periodLabel: string; detail: string; link: string } | null;
}

let t: TestApp;
let kadinkes: TestClient;
let skpId: string;
let periods: Awaited<ReturnType<typeof demoYear>>['periods'];
let start: Date;

before(async () => {
  t = await startTestApp({ trustProxy: true });
  const demo = await demoYear(t);
  periods = demo.periods;
  start = demo.firstPeriodMoment;
  t.clock.set(start);
  kadinkes = await t.signIn(demoLogins.kadinkes);
  const owner = await t.db.selectFrom('pegawai').select('id').where('nip', '=', demoLogins.kadinkes).executeTakeFirstOrThrow();
  skpId = (await t.db.selectFrom('skp').select('id').where('pegawai_id', '=', owner.id).where('year', '=', demo.year).where('valid_to', 'is', null).executeTakeFirstOrThrow()).id;
});
after(() => t.close());

const periodView = async (client: TestClient, periodId = periods[0]!.id) => {
  const res = await client.request({ method: 'GET', url: `/api/skp/${skpId}/periods/${periodId}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().rhk.flatMap((r: { iki: IkiRow[] }) => r.iki) as IkiRow[];
};
const onTimeRow = async (client = kadinkes) => (await periodView(client)).find((i) => i.indicator === ON_TIME)!;

describe('service-fed indicators in the Kepala Dinas Kesehatan SKP (demo)', () => {
  test('when he opens the first quarter, then the complaint IKI shows the share computed from Puskesmas Tanah Garam, with where it came from', async () => {
    const row = await onTimeRow();
    assert.equal(row.source?.kind, 'COMPLAINTS_ON_TIME_PCT');
    assert.equal(row.source?.unitName, 'Puskesmas Tanah Garam');
    assert.equal(row.source?.periodLabel, periods[0]!.name);
    assert.match(row.source!.link, /^\/layanan\/unit\/\d+\?periode=\d+&data=pengaduan$/);
    // The same share straight from the table, at the same moment.
    const unitId = await serviceUnitId(t, 'pkm-tanah-garam');
    const now = t.clock.now();
    const counts = await t.db
      .selectFrom('complaint')
      .select([
        sql<number>`count(*) filter (where resolved_at is not null or resolution_due_at < ${now})::int`.as('decided'),
        sql<number>`count(*) filter (where resolved_at <= resolution_due_at)::int`.as('onTime'),
      ])
      .where('service_unit_id', '=', unitId)
      .where('received_on', '>=', periods[0]!.starts_on)
      .where('received_on', '<=', periods[0]!.ends_on)
      .executeTakeFirstOrThrow();
    assert.ok(counts.decided > 0);
    assert.equal(row.realisation?.value, Math.round((counts.onTime / counts.decided) * 10_000) / 100);
    assert.match(row.source!.detail, new RegExp(`^${counts.onTime} dari ${counts.decided} pengaduan`));
    const ikm = (await periodView(kadinkes)).find((i) => i.source?.kind === 'IKM_INDEX');
    assert.ok(ikm?.realisation?.value && ikm.realisation.value > 25 && ikm.realisation.value <= 100);
    assert.match(ikm.source!.detail, /responden/);
  });

  test('when he types a value into it, then 422 says where the value comes from; a narrative alone is kept', async () => {
    const row = await onTimeRow();
    const url = `/api/skp/${skpId}/periods/${periods[0]!.id}/iki/${row.id}`;
    const refused = await kadinkes.request({ method: 'PUT', url, payload: { value: 99 } });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.json().error.details[0].message, /dihitung otomatis dari data Puskesmas Tanah Garam/);
    const narrative = await kadinkes.request({ method: 'PUT', url, payload: { narrative: 'Rapat evaluasi pengaduan setiap bulan.' } });
    assert.equal(narrative.statusCode, 200, narrative.body);
    const after = await onTimeRow();
    assert.equal(after.realisation?.narrative, 'Rapat evaluasi pengaduan setiap bulan.');
    assert.equal(after.realisation?.value, row.realisation?.value);
  });

  test('when the progress chart and his atasan’s team view are read, then they use the computed values and count them as filled', async () => {
    const progress = (await kadinkes.request({ method: 'GET', url: `/api/skp/${skpId}/progress` })).json();
    const chart = progress.iki.find((i: { indicator: string }) => i.indicator === ON_TIME);
    assert.equal(chart.source.kind, 'COMPLAINTS_ON_TIME_PCT');
    assert.equal(chart.points[0].value, (await onTimeRow()).realisation?.value);
    const sekda = await t.signIn(demoLogins.sekda);
    const team = (await sekda.request({ method: 'GET', url: `/api/team/realisation?periodId=${periods[0]!.id}` })).json();
    const row = team.items.find((i: { skpId: string | null }) => i.skpId === skpId);
    assert.equal(row.ikiServiceFed, 3);
    assert.ok(row.ikiFilled >= 3);
  });
});

describe('acceptance 3: the computed share changes when a complaint is answered late', () => {
  test('when the IKI is pointed at a new unit and its complaints are answered on time, then late, then the value in the SKP goes 100 → 50', async () => {
    // BKPSDM opens a new service unit at Puskesmas KTK; its head answers there.
    const admin = await t.signInAs('ADMIN_BKPSDM');
    const ktk = (await t.db.selectFrom('unit_kerja').select('id').where('code', '=', 'PKM-KTK').executeTakeFirstOrThrow()).id;
    const created = await admin.request({ method: 'POST', url: '/api/service-units', payload: { unitId: ktk, name: 'Layanan Pengaduan Puskesmas KTK', slug: 'pengaduan-pkm-ktk' } });
    assert.equal(created.statusCode, 200, created.body);
    const unit = created.json();
    assert.ok(unit.head, 'Puskesmas KTK has a head');

    // The Kepala Dinas revises his SKP so the IKI reads the new unit; the Sekda approves again.
    const skp = (await kadinkes.request({ method: 'GET', url: `/api/skp/${skpId}` })).json();
    const rhk = skp.rhk.find((r: { iki: { indicator: string }[] }) => r.iki.some((i) => i.indicator === ON_TIME));
    assert.equal((await kadinkes.request({ method: 'POST', url: `/api/skp/${skpId}/revise` })).statusCode, 200);
    const iki = rhk.iki.map((i: Record<string, unknown>) => {
      const { id: _id, ...rest } = i;
      return i.indicator === ON_TIME ? { ...rest, sourceUnitId: unit.id } : rest;
    });
    const put = (payload: object) => kadinkes.request({ method: 'PUT', url: `/api/skp/${skpId}/rhk/${rhk.id}`, payload });
    const base = { jenis: rhk.jenis, text: rhk.text, orgGoalId: rhk.orgGoal.id };
    assert.equal((await put({ ...base, iki: iki.map((i: Record<string, unknown>) => (i.indicator === ON_TIME ? { ...i, sourceUnitId: '999999' } : i)) })).json().error.code, 'RULE_VIOLATION');
    assert.equal((await put({ ...base, iki: iki.map((i: Record<string, unknown>) => (i.indicator === ON_TIME ? { ...i, sourceUnitId: null } : i)) })).statusCode, 400);
    assert.equal((await put({ ...base, iki })).statusCode, 200);
    assert.equal((await kadinkes.request({ method: 'POST', url: `/api/skp/${skpId}/submit` })).statusCode, 200);
    assert.equal((await (await t.signIn(demoLogins.sekda)).request({ method: 'POST', url: `/api/skp/${skpId}/approve` })).statusCode, 200);
    assert.equal((await onTimeRow()).realisation?.value ?? null, null, 'nothing received at the new unit yet');

    const headNip = (await t.db.selectFrom('pegawai').select('nip').where('id', '=', unit.head.pegawaiId).executeTakeFirstOrThrow()).nip;
    const answer = async (ticket: string) => {
      const head = await t.signIn(headNip);
      const id = (await t.db.selectFrom('complaint').select('id').where('ticket', '=', ticket).executeTakeFirstOrThrow()).id;
      const res = await head.request({ method: 'POST', url: `/api/complaints/${id}/resolve`, payload: { text: 'Sudah kami tindak lanjuti.' } });
      assert.equal(res.statusCode, 200, res.body);
    };
    const file = async () => (await fileComplaint(t, 'pengaduan-pkm-ktk', complaintBody())).json().ticket as string;

    // Answered the same day: 1 of 1 on time.
    await answer(await file());
    let row = await onTimeRow();
    assert.equal(row.realisation?.value, 100);
    assert.match(row.source!.detail, /^1 dari 1 pengaduan/);

    // A second complaint, still within its 5 working days: not counted yet.
    const late = await file();
    row = await onTimeRow();
    assert.equal(row.realisation?.value, 100);
    assert.match(row.source!.detail, /1 lagi masih dalam batas waktu/);

    // Answered ten days later, past the standard: the share drops to 1 of 2.
    t.clock.advance(10 * 86_400_000);
    await answer(late);
    kadinkes = await t.signIn(demoLogins.kadinkes);
    row = await onTimeRow();
    assert.equal(row.realisation?.value, 50);
    assert.match(row.source!.detail, /^1 dari 2 pengaduan/);
    assert.equal(row.capaian, Math.round((50 / 90) * 10_000) / 100);
    t.clock.set(start);
  });
});
