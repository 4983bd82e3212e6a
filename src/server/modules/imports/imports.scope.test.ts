import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoLogins } from '../../seed/demo-accounts';
import { countRows } from '../../../../test/support/fixtures';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { csvFile, nip, PEGAWAI_HEADER, UNIT_HEADER, upload } from './imports.test-support';

let t: TestApp;
let bkpsdm: TestClient;
let adminDinkes: TestClient;
const stafLain = nip('19880303', '201203', 1, 931);
const row = (n: string, unit: string, extra: Partial<Record<number, string>> = {}) => {
  const cells = [n, 'PNS', 'Pegawai Cakupan', '', '', '', '', 'III/a', unit, 'Analis Cakupan', 'PELAKSANA', '', '', '2024-01-01', '', '', ''];
  for (const [i, v] of Object.entries(extra)) cells[Number(i)] = v!;
  return cells;
};
const snapshot = async () => ({
  audit: await countRows(t.db, 'audit_log'),
  pegawai: Number((await t.db.selectFrom('pegawai').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
  units: Number((await t.db.selectFrom('unit_kerja').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
  placements: Number((await t.db.selectFrom('penempatan').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
});
const scopeRows = (body: string) => (JSON.parse(body).error.details as { row: number; column: string }[]).map((d) => `${d.row}:${d.column}`);

before(async () => {
  t = await startTestApp();
  bkpsdm = await t.signIn('199001012015011001');
  adminDinkes = await t.signIn(demoLogins.adminOpdDinkes);
  const units = await upload(bkpsdm, 'units', csvFile([UNIT_HEADER, ['LAIN-DINAS', 'Dinas Lain', 'DINAS', '', 'Kepala Dinas Lain', 'JPT'], ['LAIN-BID', 'Bidang Lain', 'BIDANG', 'LAIN-DINAS', '', '']]));
  assert.equal(units.statusCode, 200, units.body);
  const pegawai = await upload(bkpsdm, 'pegawai', csvFile([PEGAWAI_HEADER, row(stafLain, 'LAIN-BID')]));
  assert.equal(pegawai.statusCode, 200, pegawai.body);
});
after(() => t.close());

describe('an admin OPD imports only into their OPD', () => {
  test('when an admin OPD’s pegawai file places someone in another OPD, then 403 FORBIDDEN_SCOPE lists the row and nothing is written', async () => {
    const before = await snapshot();
    const res = await upload(adminDinkes, 'pegawai', csvFile([PEGAWAI_HEADER, row(nip('19880303', '201203', 1, 932), 'DINKES-BID1'), row(nip('19880303', '201203', 1, 933), 'LAIN-BID')]));
    assert.equal(res.statusCode, 403, res.body);
    assert.equal(res.json().error.code, 'FORBIDDEN_SCOPE');
    assert.deepEqual(scopeRows(res.body), ['3:kode_unit']);
    assert.deepEqual(await snapshot(), before, 'the in-scope row is not written either');
  });

  test('when an admin OPD’s file moves a pegawai of another OPD into theirs, then 403 names the NIP column', async () => {
    const res = await upload(adminDinkes, 'pegawai', csvFile([PEGAWAI_HEADER, row(stafLain, 'DINKES-BID1', { 13: '2026-02-01' })]));
    assert.equal(res.statusCode, 403);
    assert.deepEqual(scopeRows(res.body), ['2:nip']);
  });

  test('when an admin OPD’s units file adds a unit under another OPD or a new OPD, then 403 lists both rows and nothing is written', async () => {
    const before = await snapshot();
    const res = await upload(adminDinkes, 'units', csvFile([UNIT_HEADER, ['DINKES-BARU', 'Seksi Baru', 'SEKSI', 'LAIN-BID', '', ''], ['OPD-BARU', 'Badan Baru', 'BADAN', '', '', ''], ['LAIN-BID', 'Bidang Lain Diganti', 'BIDANG', 'LAIN-DINAS', '', '']]));
    assert.equal(res.statusCode, 403, res.body);
    assert.deepEqual(scopeRows(res.body), ['2:kode_unit_induk', '3:kode_unit', '4:kode_unit']);
    assert.deepEqual(await snapshot(), before);
  });

  test('when an admin OPD imports a unit and a pegawai inside their OPD, then both are written', async () => {
    const units = await upload(adminDinkes, 'units', csvFile([UNIT_HEADER, ['DINKES-BID1-SEKSI9', 'Seksi Impor Dinkes', 'SEKSI', 'DINKES-BID1', 'Kepala Seksi Impor Dinkes', 'PENGAWAS'], ['DINKES', 'Dinas Kesehatan', 'DINAS', '', '', '']]));
    assert.equal(units.statusCode, 200, units.body);
    assert.deepEqual([units.json().created, units.json().unchanged], [1, 1], 'their own OPD may appear unchanged');
    const pegawai = await upload(adminDinkes, 'pegawai', csvFile([PEGAWAI_HEADER, row(nip('19880303', '201203', 1, 934), 'DINKES-BID1-SEKSI9')]));
    assert.equal(pegawai.statusCode, 200, pegawai.body);
    assert.equal(pegawai.json().created, 1);
  });

  test('when an admin OPD’s file names an atasan other than the structure’s, then 422: only BKPSDM sets atasan', async () => {
    const before = await snapshot();
    const res = await upload(adminDinkes, 'pegawai', csvFile([PEGAWAI_HEADER, row(nip('19880303', '201203', 1, 935), 'DINKES-BID1-SEKSI9', { 14: demoLogins.kadinkes })]));
    assert.equal(res.statusCode, 422, res.body);
    const [detail] = res.json().error.details;
    assert.deepEqual([detail.row, detail.column], [2, 'nip_atasan']);
    assert.match(detail.reason, /BKPSDM/);
    assert.deepEqual(await snapshot(), before);
  });
});
