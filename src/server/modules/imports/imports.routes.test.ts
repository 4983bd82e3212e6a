import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { countRows } from '../../../../test/support/fixtures';
import { csvFile, nip, PEGAWAI_HEADER, UNIT_HEADER, upload, xlsxFile } from './imports.test-support';

let t: TestApp;
let admin: TestClient;
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

// An OPD of our own: Dinas (head) ─ Bidang (head) ─ Seksi (head post, nobody in it).
const unitsCsv = csvFile([
  UNIT_HEADER,
  ['IMP-DINAS', 'Dinas Impor Uji', 'DINAS', '', 'Kepala Dinas Impor', 'JPT'],
  ['IMP-BID', 'Bidang Impor', 'BIDANG', 'IMP-DINAS', 'Kepala Bidang Impor', 'ADMINISTRATOR'],
  ['IMP-SEKSI', 'Seksi Impor', 'SEKSI', 'IMP-BID', 'Kepala Seksi Impor', 'PENGAWAS'],
]);
const kadis = nip('19750505', '200003', 1, 901);
const kabid = nip('19800606', '200503', 2, 902);
const staf = nip('19900707', '201503', 1, 903);
const pppk = '19950808' + '2022' + '21' + '2' + '904';
const pegawaiRows = (): (string | number | Date | null)[][] => [
  PEGAWAI_HEADER,
  [kadis, 'PNS', 'Kadis Impor', 'Dr.', 'M.Si.', 'L', d(1975, 5, 5), 'IV/c', 'IMP-DINAS', 'Kepala Dinas Impor', 'JPT', '', 'ya', d(2020, 1, 2), '', 'kadis@contoh.go.id', '0812000901'],
  [kabid, 'PNS', 'Kabid Impor', '', 'S.E.', 'P', '06-06-1980', 'IV/a', 'IMP-BID', 'Kepala Bidang Impor', 'ADMINISTRATOR', '', '', '2021-02-01', '', '', ''],
  [staf, 'PNS', 'Staf Impor', '', '', '', null, 'III/b', 'IMP-SEKSI', 'Analis Data', 'PELAKSANA', '', 'tidak', d(2022, 3, 1), '', '', ''],
  [pppk, 'PPPK', 'Pppk Impor', '', 'S.Kom.', 'P', d(1995, 8, 8), 'IX', 'IMP-SEKSI', 'Pranata Komputer Ahli Pertama', 'FUNGSIONAL', 'Ahli Pertama', '', d(2023, 1, 2), kadis, '', ''],
];

const pegawaiId = async (n: string) => (await t.db.selectFrom('pegawai').select('id').where('nip', '=', n).executeTakeFirstOrThrow()).id;
const chainOf = async (n: string) => (await admin.request({ method: 'GET', url: `/api/pegawai/${await pegawaiId(n)}` })).json();
const placementsOf = async (n: string) =>
  t.db.selectFrom('penempatan as pn').innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id').select(['j.name', 'pn.valid_from', 'pn.valid_to']).where('pn.pegawai_id', '=', await pegawaiId(n)).orderBy('pn.valid_from').execute();
const counts = async () => ({
  pegawai: Number((await t.db.selectFrom('pegawai').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
  units: Number((await t.db.selectFrom('unit_kerja').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
  placements: Number((await t.db.selectFrom('penempatan').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n),
  audit: await countRows(t.db, 'audit_log'),
});

before(async () => {
  t = await startTestApp();
  admin = await t.signIn('199001012015011001');
});
after(() => t.close());

describe('importing units then pegawai (BKPSDM)', () => {
  test('when a units CSV with ; and a BOM is imported, then the tree and its head posts exist and one audit row counts them', async () => {
    const res = await upload(admin, 'units', unitsCsv, { name: 'unit.csv' });
    assert.equal(res.statusCode, 200, res.body);
    const result = res.json() as Record<string, unknown>;
    assert.deepEqual(result, { ...result, kind: 'units', format: 'csv', rows: 3, created: 3, updated: 0, unchanged: 0, jabatanCreated: 3, dryRun: false });
    const units = await t.db.selectFrom('unit_kerja as u').leftJoin('unit_kerja as p', 'p.id', 'u.parent_id').leftJoin('unit_kerja as o', 'o.id', 'u.opd_id').select(['u.code', 'p.code as parent', 'o.code as opd', 'u.is_opd']).where('u.code', 'like', 'IMP-%').orderBy('u.depth').execute();
    assert.deepEqual(units, [
      { code: 'IMP-DINAS', parent: null, opd: 'IMP-DINAS', is_opd: true },
      { code: 'IMP-BID', parent: 'IMP-DINAS', opd: 'IMP-DINAS', is_opd: false },
      { code: 'IMP-SEKSI', parent: 'IMP-BID', opd: 'IMP-DINAS', is_opd: false },
    ]);
    const audit = await t.db.selectFrom('audit_log').select(['data', 'actor_login']).where('action', '=', 'import.units').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor_login, '199001012015011001');
    assert.deepEqual({ file: audit[0]!.data.file, rows: audit[0]!.data.rows, created: audit[0]!.data.created }, { file: 'unit.csv', rows: 3, created: 3 });
  });

  test('when a pegawai XLSX (dates as date cells and text) is imported, then pegawai, placements, accounts, heads and the stated atasan exist', async () => {
    const res = await upload(admin, 'pegawai', await xlsxFile(pegawaiRows()), { name: 'pegawai.xlsx' });
    assert.equal(res.statusCode, 200, res.body);
    const result = res.json();
    assert.deepEqual(
      [result.format, result.rows, result.created, result.updated, result.unchanged, result.placementsOpened, result.accountsCreated, result.jabatanCreated, result.overridesSet, result.incompleteChains],
      ['xlsx', 4, 4, 0, 0, 4, 4, 2, 1, 0],
    );
    const staff = await chainOf(staf);
    assert.equal(staff.chain.atasanLangsung.nip, kabid, 'the Seksi head post is vacant: the chain climbs to the Kabid');
    assert.equal(staff.birthDate, '1990-07-07', 'an empty birth date is taken from the NIP');
    const contract = await chainOf(pppk);
    assert.equal(contract.chain.atasanLangsung.nip, kadis);
    assert.equal(contract.chain.atasanLangsung.source, 'OVERRIDE');
    assert.match(contract.chain.atasanLangsung.sourceLabel, /Impor data: atasan dari berkas/);
    assert.deepEqual([contract.jenisAsn, contract.sex, contract.pangkatGolongan, contract.jabatan.jenis], ['PPPK', 'P', 'IX', 'FUNGSIONAL']);
    const head = await chainOf(kadis);
    assert.deepEqual([head.gelarDepan, head.gelarBelakang, head.email, head.placements[0].validFrom], ['Dr.', 'M.Si.', 'kadis@contoh.go.id', '2020-01-02']);
    const accounts = await t.db
      .selectFrom('account as a')
      .innerJoin('account_role as r', 'r.account_id', 'a.id')
      .select(['a.login', 'a.must_change_password', 'r.role', 'a.pegawai_id'])
      .where('a.login', 'in', [kadis, kabid, staf, pppk])
      .execute();
    assert.equal(accounts.length, 4);
    assert.ok(accounts.every((a) => a.must_change_password && a.role === 'PEGAWAI' && a.pegawai_id !== null));
    const signIn = await t.request({ method: 'POST', url: '/api/auth/login', payload: { login: staf, password: 'kinerja-demo' } });
    assert.equal(signIn.statusCode, 401, 'nobody knows the new account’s password until BKPSDM resets it');
  });

  test('when the same two files are imported again, then everything is unchanged and nothing but the audit row is written', async () => {
    const before = await counts();
    const units = await upload(admin, 'units', unitsCsv);
    const pegawai = await upload(admin, 'pegawai', await xlsxFile(pegawaiRows()), { name: 'pegawai.xlsx' });
    assert.deepEqual([units.json().unchanged, units.json().created, units.json().updated], [3, 0, 0]);
    assert.deepEqual([pegawai.json().unchanged, pegawai.json().created, pegawai.json().updated, pegawai.json().overridesSet, pegawai.json().accountsCreated], [4, 0, 0, 0, 0]);
    assert.deepEqual(await counts(), { ...before, audit: before.audit + 2 });
  });

  test('when a pegawai’s jabatan changes, then the old placement ends the day before tmt_jabatan and a new one starts (history kept); others are left alone', async () => {
    const moved = [PEGAWAI_HEADER.slice(0, 14), [staf, 'PNS', 'Staf Impor', '', '', 'L', '', 'III/c', 'IMP-BID', 'Analis Kebijakan', 'PELAKSANA', '', '', '01-02-2026']];
    const res = await upload(admin, 'pegawai', csvFile(moved, { delimiter: ',', bom: false }));
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().updated, res.json().placementsClosed, res.json().placementsOpened, res.json().jabatanCreated], [1, 1, 1, 1]);
    assert.deepEqual(await placementsOf(staf), [
      { name: 'Analis Data', valid_from: '2022-03-01', valid_to: '2026-01-31' },
      { name: 'Analis Kebijakan', valid_from: '2026-02-01', valid_to: null },
    ]);
    assert.equal((await chainOf(staf)).chain.atasanLangsung.nip, kabid);
    assert.equal((await placementsOf(pppk)).length, 1, 'a pegawai not in the file keeps their placement');
    const again = await upload(admin, 'pegawai', csvFile(moved, { delimiter: ',', bom: false }));
    assert.equal(again.json().unchanged, 1);
  });

  test('when nip_atasan names the atasan the structure gives anyway, then the import’s override ends', async () => {
    const [header, , , , contract] = pegawaiRows();
    contract![14] = kabid;
    const res = await upload(admin, 'pegawai', await xlsxFile([header!, contract!]), { name: 'pegawai.xlsx' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().overridesEnded, res.json().overridesSet, res.json().updated], [1, 0, 1]);
    assert.equal((await chainOf(pppk)).chain.atasanLangsung.source, 'PARENT_UNIT_HEAD');
  });
});

describe('a file with bad rows', () => {
  test('when several rows are wrong, then 422 lists each with row, column and reason, and nothing is written', async () => {
    const good = (n: string, extra: Partial<Record<number, string>> = {}) => {
      const row = [n, 'PNS', 'Pegawai Uji', '', '', '', '', '', 'IMP-SEKSI', 'Analis Data', 'PELAKSANA', '', '', '2024-01-01', '', '', ''];
      for (const [i, v] of Object.entries(extra)) row[Number(i)] = v!;
      return row;
    };
    const file = csvFile([
      PEGAWAI_HEADER,
      good('19900707201503103'),
      good(nip('19910101', '201601', 1, 905), { 5: 'P' }),
      good(nip('19910102', '201601', 1, 906), { 6: '31-02-1991' }),
      good(nip('19910103', '201601', 1, 907), { 8: 'TIDAK-ADA' }),
      good(nip('19910104', '201601', 1, 908)),
      good(nip('19910104', '201601', 1, 908)),
      good('1.99101E+17'),
      good(nip('19910105', '201601', 1, 909), { 14: '198001012005011999' }),
      good(nip('19910106', '201601', 1, 910), { 9: 'Kepala Seksi Impor', 10: 'PENGAWAS', 12: 'ya' }),
      good(nip('19910107', '201601', 1, 911), { 9: 'Kepala Seksi Impor', 10: 'PENGAWAS', 12: 'ya' }),
      good(nip('19910108', '201601', 1, 912), { 1: 'HONORER', 13: '' }),
    ]);
    const before = await counts();
    const res = await upload(admin, 'pegawai', file);
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().error.code, 'RULE_VIOLATION');
    const details = res.json().error.details as { row: number; column: string; reason: string }[];
    const where = details.map((e) => `${e.row}:${e.column}`);
    assert.deepEqual(where, ['2:nip', '3:jenis_kelamin', '4:tanggal_lahir', '5:kode_unit', '7:nip', '8:nip', '9:nip_atasan', '11:kepala_unit', '12:jenis_asn']);
    assert.ok(details.every((e) => e.reason.length > 10));
    assert.match(details.find((e) => e.row === 8)!.reason, /notasi ilmiah.*Teks/);
    assert.match(details.find((e) => e.row === 7)!.reason, /baris 6/);
    assert.deepEqual(await counts(), before);
  });

  test('when an XLSX has the NIP column as numbers (1.99E+17), then each such row says to format the column as Text', async () => {
    const rows = pegawaiRows();
    rows[3]![0] = Number(staf);
    const res = await upload(admin, 'pegawai', await xlsxFile(rows), { name: 'angka.xlsx' });
    assert.equal(res.statusCode, 422);
    const [detail] = res.json().error.details;
    assert.deepEqual([detail.row, detail.column], [4, 'nip']);
    assert.match(detail.reason, /E\+17.*Teks/);
  });

  test('when a units file has an unknown parent, a cycle and a non-OPD at the top, then each is reported and nothing is written', async () => {
    const before = await counts();
    const res = await upload(admin, 'units', csvFile([
      ['KODE UNOR', 'NAMA UNOR', 'JENIS', 'DIATASAN ID'],
      ['IMP-X1', 'Unit X1', 'BIDANG', 'TIDAK-ADA'],
      ['IMP-X2', 'Unit X2', 'BIDANG', 'IMP-X3'],
      ['IMP-X3', 'Unit X3', 'SEKSI', 'IMP-X2'],
      ['IMP-X4', 'Unit X4', 'SEKSI', ''],
      ['IMP-X5', 'Unit X5', 'PLANET', 'IMP-DINAS'],
    ]));
    assert.equal(res.statusCode, 422, res.body);
    const details = res.json().error.details as { row: number; column: string; reason: string }[];
    assert.deepEqual(details.map((e) => `${e.row}:${e.column}`), ['2:DIATASAN ID', '3:DIATASAN ID', '4:DIATASAN ID', '5:JENIS', '6:JENIS']);
    assert.match(details[1]!.reason, /melingkar/);
    assert.deepEqual(await counts(), before);
  });
});
