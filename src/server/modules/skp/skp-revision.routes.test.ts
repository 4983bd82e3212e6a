import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { extractPdfText } from '../../../../test/support/pdf-text';
import { realisationScene } from '../../../../test/support/realisation-scene';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';

// Issue #16 points 5 and 8: accumulation is part of the plan; an approved SKP stays as approved until the penilai approves a change.
let t: TestApp;
let scene: Awaited<ReturnType<typeof realisationScene>>;
let owner: TestClient;
let penilai: TestClient;

interface IkiRow { id: string; indicator: string; targetValue: number | null; satuan: string | null; accumulation: string; capaian: number | null; yearToDate: number | null }
const ikiOf = (view: { rhk: { iki: IkiRow[] }[] }) => view.rhk.flatMap((r) => r.iki);
const periodView = async (periodId = scene.period.id) => (await owner.request({ method: 'GET', url: scene.periodUrl(periodId) })).json();
const put = (ikiId: string, value: number, periodId = scene.period.id) => owner.request({ method: 'PUT', url: `${scene.periodUrl(periodId)}/iki/${ikiId}`, payload: { value } });
const skpUrl = () => `/api/skp/${scene.skp.id}`;

before(async () => {
  t = await startTestApp();
  scene = await realisationScene(t);
  [owner, penilai] = await Promise.all([scene.signInOwner(), scene.signInPenilai()]);
});
after(() => t.close());

describe('accumulation is chosen with the IKI', () => {
  test('when "12 Bulan" tepat waktu is defined without an accumulation and reported quarter by quarter, then it adds up to 100 %, not 8 %', async () => {
    const months = scene.iki.find((i) => i.aspek === 'WAKTU' && /bulan/i.test(i.satuan ?? ''))!;
    assert.ok(months, 'the scene has a "12 Bulan" indicator');
    const skp = (await owner.request({ method: 'GET', url: skpUrl() })).json();
    assert.equal(ikiOf(skp).find((i) => i.id === months.id)?.accumulation, 'SUM', 'the SKP shows the accumulation that fits');
    for (const period of scene.periods) assert.equal((await put(months.id, 3, period.id)).statusCode, 200);
    const progress = (await owner.request({ method: 'GET', url: `${skpUrl()}/progress` })).json();
    const line = progress.iki.find((i: { id: string }) => i.id === months.id);
    assert.equal(line.points.at(-1).capaian, 100);
  });

  test('when the accumulation of an approved SKP is changed outside a revision, then it is 409 and nothing changes', async () => {
    const res = await owner.request({ method: 'PUT', url: `${skpUrl()}/iki/${scene.iki[0]!.id}/accumulation`, payload: { accumulation: 'LAST' } });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'CONFLICT');
    assert.equal(ikiOf(await periodView())[0]!.accumulation, 'SUM');
  });
});

describe('a revision is a draft until the penilai approves it', () => {
  test('when the first quarter is entered and submitted, then it is closed with the targets of the approved plan', async () => {
    for (const iki of scene.iki) assert.equal((await put(iki.id, iki.aspek === 'WAKTU' ? 3 : 1)).statusCode, 200);
    const submitted = await owner.request({ method: 'POST', url: `${scene.periodUrl()}/submit` });
    assert.equal(submitted.statusCode, 200, submitted.body);
    assert.equal(ikiOf(await periodView())[0]!.capaian, 25, '1 of 4 laporan');
  });

  test('when the owner revises and changes a target, the accumulation and adds an RHK, then realisation, capaian and the document keep the approved revision', async () => {
    t.clock.advance(60_000);
    assert.equal((await owner.request({ method: 'POST', url: `${skpUrl()}/revise` })).statusCode, 200);
    const draft = (await owner.request({ method: 'GET', url: skpUrl() })).json();
    const first = draft.rhk[0];
    const iki = first.iki.map((i: IkiRow & Record<string, unknown>, index: number) => ({ aspek: i.aspek, indicator: i.indicator, targetValue: index === 0 ? 8 : i.targetValue, targetText: i.targetText, satuan: i.satuan, direction: i.direction, accumulation: index === 0 ? 'LAST' : i.accumulation }));
    const changed = await owner.request({ method: 'PUT', url: `${skpUrl()}/rhk/${first.id}`, payload: { jenis: first.jenis, text: first.text, parentRhkId: first.parent?.id ?? null, orgGoalId: first.orgGoal?.id ?? null, iki } });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().rhk[0].iki[0].accumulation, 'LAST', 'the draft keeps the accumulation the author picked');
    const bad = await owner.request({ method: 'PUT', url: `${skpUrl()}/rhk/${first.id}`, payload: { jenis: first.jenis, text: first.text, parentRhkId: first.parent?.id ?? null, orgGoalId: first.orgGoal?.id ?? null, iki: [{ ...iki[0], accumulation: 'MEDIAN' }] } });
    assert.equal(bad.statusCode, 400);
    const added = await owner.request({ method: 'POST', url: `${skpUrl()}/rhk`, payload: { jenis: 'TAMBAHAN', text: 'Menjadi narasumber lokakarya gizi', iki: [{ aspek: 'KUANTITAS', indicator: 'Jumlah lokakarya', targetValue: 2, satuan: 'Kegiatan' }] } });
    assert.equal(added.statusCode, 200, added.body);

    const view = await periodView(scene.periods[1]!.id);
    assert.equal(view.underRevision, true);
    const rows = ikiOf(view);
    assert.equal(rows.length, scene.iki.length, 'the new RHK counts only once approved');
    assert.equal(rows[0]!.targetValue, scene.iki[0]!.target_value);
    assert.equal(rows[0]!.accumulation, 'SUM');
    assert.equal((await put(scene.iki[0]!.id, 1, scene.periods[1]!.id)).statusCode, 200, 'realisation goes on against the approved plan');

    const pdf = await owner.request({ method: 'GET', url: `${skpUrl()}/document.pdf` });
    assert.equal(pdf.statusCode, 200);
    const { text } = await extractPdfText(pdf.rawPayload);
    assert.ok(!text.includes('Menjadi narasumber lokakarya gizi'), 'the document prints the approved revision');
    assert.ok(!text.includes('DRAFT'));
  });

  test('when the penilai approves the revision, then the new targets count from the open periods on, and the closed first quarter keeps its own', async () => {
    assert.equal((await owner.request({ method: 'POST', url: `${skpUrl()}/submit` })).statusCode, 200);
    const approved = await penilai.request({ method: 'POST', url: `${skpUrl()}/approve` });
    assert.equal(approved.statusCode, 200, approved.body);
    const second = await periodView(scene.periods[1]!.id);
    assert.equal(second.underRevision, false);
    assert.equal(ikiOf(second).length, scene.iki.length + 1);
    const laporan = ikiOf(second).find((i) => i.id === scene.iki[0]!.id)!;
    assert.equal(laporan.targetValue, 8);
    assert.equal(laporan.accumulation, 'LAST');
    assert.equal(laporan.capaian, 12.5, 'last value 1 of 8');
    const first = ikiOf(await periodView()).find((i) => i.id === scene.iki[0]!.id)!;
    assert.equal(first.capaian, 25, 'the submitted quarter is measured against the target it was submitted under');
  });
});

describe('what the approved revision holds stays while the next one is drafted', () => {
  type Rhk = { id: string; jenis: string; text: string; parent?: { id: string } | null; orgGoal?: { id: string } | null; iki: (IkiRow & Record<string, unknown>)[] };
  const body = (r: Rhk, iki: Record<string, unknown>[]) => ({ jenis: r.jenis, text: r.text, parentRhkId: r.parent?.id ?? null, orgGoalId: r.orgGoal?.id ?? null, iki });
  const ikiInput = (i: IkiRow & Record<string, unknown>) => ({ aspek: i.aspek, indicator: i.indicator, targetValue: i.targetValue, targetText: i.targetText, satuan: i.satuan, direction: i.direction, accumulation: i.accumulation });
  const draft = async () => (await owner.request({ method: 'GET', url: skpUrl() })).json() as { rhk: Rhk[] };
  const lokakarya = async () => (await draft()).rhk.find((r) => r.text === 'Menjadi narasumber lokakarya gizi')!;

  before(async () => {
    // Revision 3 gives the lokakarya RHK a second indicator; revision 4 is left in draft.
    t.clock.advance(60_000);
    assert.equal((await owner.request({ method: 'POST', url: `${skpUrl()}/revise` })).statusCode, 200);
    const r = await lokakarya();
    const extra = { aspek: 'KUALITAS', indicator: 'Persentase peserta puas', targetValue: 80, satuan: 'Persen', direction: 'HIGHER' };
    const saved = await owner.request({ method: 'PUT', url: `${skpUrl()}/rhk/${r.id}`, payload: body(r, [...r.iki.map(ikiInput), extra]) });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal((await owner.request({ method: 'POST', url: `${skpUrl()}/submit` })).statusCode, 200);
    assert.equal((await penilai.request({ method: 'POST', url: `${skpUrl()}/approve` })).statusCode, 200);
    t.clock.advance(60_000);
    assert.equal((await owner.request({ method: 'POST', url: `${skpUrl()}/revise` })).statusCode, 200);
  });

  test('when an RHK of the approved revision is deleted while the next revision is drafted, then it is 409 and the RHK stays', async () => {
    const r = await lokakarya();
    const res = await owner.request({ method: 'DELETE', url: `${skpUrl()}/rhk/${r.id}` });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().error.code, 'CONFLICT');
    assert.match(res.json().error.details[0].reason, /setelah revisi ini disetujui/);
    assert.ok(await lokakarya(), 'nothing was deleted');
  });

  test('when an RHK is saved with fewer indicators than the approved revision has while it is drafted, then it is 409 and the indicator stays', async () => {
    const r = await lokakarya();
    assert.equal(r.iki.length, 2);
    const res = await owner.request({ method: 'PUT', url: `${skpUrl()}/rhk/${r.id}`, payload: body(r, [ikiInput(r.iki[0]!)]) });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal((await lokakarya()).iki.length, 2, 'nothing was dropped');
    assert.equal(ikiOf(await periodView(scene.periods[1]!.id)).length, scene.iki.length + 2, 'the plan in force still reads both');
  });

  test('when an RHK added only in the draft is deleted, then it is gone', async () => {
    const added = await owner.request({ method: 'POST', url: `${skpUrl()}/rhk`, payload: { jenis: 'TAMBAHAN', text: 'Menyusun modul gizi', iki: [{ aspek: 'KUANTITAS', indicator: 'Jumlah modul', targetValue: 1, satuan: 'Dokumen' }] } });
    assert.equal(added.statusCode, 200, added.body);
    const id = (added.json() as { rhk: Rhk[] }).rhk.find((x) => x.text === 'Menyusun modul gizi')!.id;
    assert.equal((await owner.request({ method: 'DELETE', url: `${skpUrl()}/rhk/${id}` })).statusCode, 200);
  });

  test('when an IKI is saved without an accumulation, then it keeps the one it had', async () => {
    const first = (await draft()).rhk.find((r) => r.iki.some((i) => i.id === scene.iki[0]!.id))!;
    assert.equal(first.iki.find((i) => i.id === scene.iki[0]!.id)!.accumulation, 'LAST');
    const iki = first.iki.map((i) => {
      const { accumulation: _omitted, ...rest } = ikiInput(i);
      return rest;
    });
    const res = await owner.request({ method: 'PUT', url: `${skpUrl()}/rhk/${first.id}`, payload: body(first, iki) });
    assert.equal(res.statusCode, 200, res.body);
    const after = (res.json() as { rhk: Rhk[] }).rhk.flatMap((r) => r.iki).find((i) => i.id === scene.iki[0]!.id)!;
    assert.equal(after.accumulation, 'LAST', 'an update without the field keeps the chosen accumulation');
  });
});
