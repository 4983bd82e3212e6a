import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { countRows, FIXTURE_PASSWORD } from '../../../../test/support/fixtures';
import { createTestOrganisation } from '../../../../test/support/org-fixtures';

let t: TestApp;
let ids: Record<string, string>;
let admin: TestClient;
const TODAY = '2026-03-02';
const signInAsPegawai = (key: string) => t.signIn(ids[`${key}.nip`]!, FIXTURE_PASSWORD);
const listed = async (client: TestClient, query = '') =>
  ((await client.request({ method: 'GET', url: `/api/pegawai?limit=200${query}` })).json().items as { id: string; name: string }[]).map((p) => p.id);

before(async () => {
  t = await startTestApp();
  ids = await createTestOrganisation(t.db, TODAY);
  admin = await t.signIn('199001012015011001');
});
after(() => t.close());

describe('penilai chains on the pegawai profile', () => {
  test('when a staff member opens their own profile, then the chain is Kasi (unit head) → Kabid → and each link says where it comes from', async () => {
    const me = await signInAsPegawai('staff1');
    const res = await me.request({ method: 'GET', url: `/api/pegawai/${ids.staff1}` });
    assert.equal(res.statusCode, 200);
    const { chain } = res.json();
    assert.equal(chain.atasanLangsung.id, ids.kasiA1);
    assert.equal(chain.atasanLangsung.source, 'UNIT_HEAD');
    assert.equal(chain.pejabatPenilai.id, ids.kasiA1);
    assert.equal(chain.atasanPejabatPenilai.id, ids.kabidA);
    assert.equal(chain.complete, true);
  });

  test('when the head post of the unit is vacant, then the chain climbs to the head above', async () => {
    const { chain } = (await admin.request({ method: 'GET', url: `/api/pegawai/${ids.staff3}` })).json();
    assert.equal(chain.atasanLangsung.id, ids.kabidA);
    assert.equal(chain.atasanLangsung.source, 'PARENT_UNIT_HEAD');
  });

  test('when BKPSDM overrides the atasan with a reason, then the chain changes at once, the reason shows, and the audit log records it', async () => {
    const res = await admin.request({
      method: 'POST',
      url: `/api/pegawai/${ids.staff2}/overrides`,
      payload: { atasanPegawaiId: ids.kabidB, reason: 'Diperbantukan ke Bidang B sesuai SK Kadis', validFrom: '2026-03-01' },
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().chain.atasanLangsung.id, ids.kabidB);
    assert.equal(res.json().chain.atasanLangsung.source, 'OVERRIDE');
    assert.match(res.json().chain.atasanLangsung.sourceLabel, /Diperbantukan/);
    const audit = await t.db.selectFrom('audit_log').select('data').where('action', '=', 'pegawai.atasan_override_created').execute();
    assert.equal(audit.at(-1)?.data.previousAtasanPegawaiId, ids.kasiA1);
    const kabidB = await signInAsPegawai('kabidB');
    assert.ok((await listed(kabidB)).includes(ids.staff2!), 'the new atasan now reaches the pegawai');
    assert.ok(!(await listed(await signInAsPegawai('kasiA1'))).includes(ids.staff2!), 'the old one no longer does');
  });

  test('when a second override overlaps the first, then 409 and nothing is written', async () => {
    const before = await countRows(t.db, 'audit_log');
    const res = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff2}/overrides`, payload: { atasanPegawaiId: ids.kadis, reason: 'Percobaan tumpang tindih', validFrom: '2026-06-01' } });
    assert.equal(res.statusCode, 409);
    assert.equal(await countRows(t.db, 'audit_log'), before);
  });

  test('when the override request is malformed, then 400 naming the field and nothing is written', async () => {
    const before = await countRows(t.db, 'audit_log');
    const res = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff1}/overrides`, payload: { atasanPegawaiId: ids.kabidB, reason: 'x', validFrom: '01-03-2026' } });
    assert.equal(res.statusCode, 400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    assert.ok(paths.includes('body.reason') && paths.includes('body.validFrom'));
    assert.equal(await countRows(t.db, 'audit_log'), before);
  });

  test('when the override is ended, then the default chain returns', async () => {
    const detail = (await admin.request({ method: 'GET', url: `/api/pegawai/${ids.staff2}` })).json();
    const overrideId = detail.overrides[0].id;
    const res = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff2}/overrides/${overrideId}/end`, payload: { validTo: '2026-03-01' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().chain.atasanLangsung.id, ids.kasiA1);
  });
});

describe('scope from the tree', () => {
  test('when a pegawai lists pegawai, then they see only themselves', async () => {
    assert.deepEqual(await listed(await signInAsPegawai('staff4')), [ids.staff4]);
  });

  test('when an atasan lists pegawai, then they see exactly the people they are atasan, penilai or atasan penilai for, and themselves', async () => {
    const kabidA = await signInAsPegawai('kabidA');
    assert.deepEqual(new Set(await listed(kabidA)), new Set([ids.kabidA, ids.kasiA1, ids.staff1, ids.staff2, ids.staff3]));
    assert.ok((await kabidA.request({ method: 'GET', url: '/api/me' })).json().roles.includes('ATASAN'), 'ATASAN is derived from the chains');
  });

  test('when a pegawai opens another OPD\'s pegawai, then 403 FORBIDDEN_SCOPE', async () => {
    const res = await (await signInAsPegawai('staff4')).request({ method: 'GET', url: `/api/pegawai/${ids.staff1}` });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE');
  });

  test('when an admin OPD lists and opens pegawai, then only their OPD is reachable', async () => {
    await t.db.insertInto('account_role').values({ account_id: ids['kabidB.account']!, role: 'ADMIN_OPD', granted_at: new Date(), granted_by: null, opd_id: ids.dinas! }).execute();
    const adminOpd = await signInAsPegawai('kabidB');
    const seen = await listed(adminOpd);
    assert.ok(seen.includes(ids.staff1!) && seen.includes(ids.kadis!));
    assert.ok(!seen.includes(ids.staff4!));
    assert.equal((await adminOpd.request({ method: 'GET', url: `/api/pegawai/${ids.staff4}` })).json().error.code, 'FORBIDDEN_SCOPE');
    const units = (await adminOpd.request({ method: 'GET', url: '/api/units' })).json().items as { id: string; parentId: string | null }[];
    assert.ok(units.some((u) => u.id === ids.dinas && u.parentId === null));
    assert.ok(!units.some((u) => u.id === ids.badan));
    assert.equal((await adminOpd.request({ method: 'GET', url: `/api/units/${ids.badan}` })).json().error.code, 'FORBIDDEN_SCOPE');
  });

  test('when BKPSDM searches by name or NIP, then matches come from the whole instansi', async () => {
    const byName = (await admin.request({ method: 'GET', url: '/api/pegawai?q=Staf%20Empat' })).json().items;
    assert.deepEqual(byName.map((p: { id: string }) => p.id), [ids.staff4]);
    const byNip = (await admin.request({ method: 'GET', url: `/api/pegawai?q=${ids['staff4.nip']}` })).json().items;
    assert.deepEqual(byNip.map((p: { id: string }) => p.id), [ids.staff4]);
  });

  test('when the list is paged by 2, then the pages join up without repeats', async () => {
    const all = await listed(admin, `&opdId=${ids.dinas}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await admin.request({ method: 'GET', url: `/api/pegawai?limit=2&opdId=${ids.dinas}${cursor ? `&cursor=${cursor}` : ''}` })).json() as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, all);
    assert.equal(all.length, 7);
  });
});

describe('transfers keep history', () => {
  test('when a staff member is transferred mid-year, then the old post ends the day before, the new chain applies, and the past chain is still exact', async () => {
    const res = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff1}/placements`, payload: { jabatanId: ids.jStaffBadan, validFrom: '2026-03-02', note: 'SK Mutasi 800/12' } });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.placements.length, 2);
    assert.equal(body.placements[1].validTo, '2026-03-01');
    assert.equal(body.placements[0].validFrom, '2026-03-02');
    assert.equal(body.chain.atasanLangsung.id, ids.kaban);
    const past = (await admin.request({ method: 'GET', url: `/api/pegawai/${ids.staff1}?date=2026-02-15` })).json();
    assert.equal(past.chain.atasanLangsung.id, ids.kasiA1, 'February\'s chain is the one that held in February');
  });

  test('when an admin OPD transfers someone into another OPD, then 403 FORBIDDEN_SCOPE and nothing changes', async () => {
    const adminOpd = await signInAsPegawai('kabidB');
    const before = await countRows(t.db, 'audit_log');
    const res = await adminOpd.request({ method: 'POST', url: `/api/pegawai/${ids.staff2}/placements`, payload: { jabatanId: ids.jStaffBadan, validFrom: '2026-04-01' } });
    assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE');
    assert.equal(await countRows(t.db, 'audit_log'), before);
  });

  test('when a transfer starts before the current post began, then 409', async () => {
    const res = await admin.request({ method: 'POST', url: `/api/pegawai/${ids.staff1}/placements`, payload: { jabatanId: ids.jStaffA2, validFrom: '2026-01-01' } });
    assert.equal(res.statusCode, 409);
  });
});

describe('unit tree', () => {
  test('when BKPSDM opens the tree, then units carry head and headcount, and a unit\'s detail lists its posts and holders', async () => {
    const items = (await admin.request({ method: 'GET', url: '/api/units' })).json().items as { id: string; head: { pegawaiId: string } | null; pegawaiCount: number }[];
    const seksiA2 = items.find((u) => u.id === ids.seksiA2)!;
    assert.equal(seksiA2.head, null, 'vacant');
    assert.equal(items.find((u) => u.id === ids.bidangA)!.head?.pegawaiId, ids.kabidA);
    const detail = (await admin.request({ method: 'GET', url: `/api/units/${ids.seksiA1}` })).json();
    assert.deepEqual(detail.path.map((p: { id: string }) => p.id), [ids.dinas, ids.bidangA, ids.seksiA1]);
    assert.ok(detail.jabatan.some((j: { isHead: boolean; holders: { pegawaiId: string }[] }) => j.isHead && j.holders[0]?.pegawaiId === ids.kasiA1));
  });
});
