import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importStreamLine } from '../../../shared/schemas/imports';
import { countRows } from '../../../../test/support/fixtures';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/test-app';
import { csvFile, multipart, nip, PEGAWAI_HEADER, UNIT_HEADER, upload } from './imports.test-support';
import { xlsxFile } from './imports.test-support';

let t: TestApp;
let admin: TestClient;
const unitCount = async () => Number((await t.db.selectFrom('unit_kerja').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
const fileError = (body: string) => (JSON.parse(body).error.details as { message: string }[])[0]!.message;

before(async () => {
  t = await startTestApp();
  admin = await t.signIn('199001012015011001');
});
after(() => t.close());

describe('templates', () => {
  test('when each template is downloaded, then it comes as a named attachment of its type', async () => {
    for (const [file, type, name] of [
      ['units.csv', /^text\/csv/, 'templat-impor-unit-kerja.csv'],
      ['units.xlsx', /spreadsheetml/, 'templat-impor-unit-kerja.xlsx'],
      ['pegawai.csv', /^text\/csv/, 'templat-impor-pegawai.csv'],
      ['pegawai.xlsx', /spreadsheetml/, 'templat-impor-pegawai.xlsx'],
    ] as const) {
      const res = await admin.request({ method: 'GET', url: `/api/imports/templates/${file}` });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), type);
      assert.equal(res.headers['content-disposition'], `attachment; filename="${name}"`);
    }
    assert.equal((await admin.request({ method: 'GET', url: '/api/imports/templates/pegawai.pdf' })).statusCode, 400);
  });

  test('when the templates are imported as downloaded (XLSX, then CSV), then they parse back with no errors', async () => {
    const get = async (file: string) => (await admin.request({ method: 'GET', url: `/api/imports/templates/${file}` })).rawPayload;
    const units = await upload(admin, 'units', await get('units.xlsx'), { name: 'units.xlsx' });
    assert.equal(units.statusCode, 200, units.body);
    assert.equal(units.json().created, 3);
    const pegawai = await upload(admin, 'pegawai', await get('pegawai.xlsx'), { name: 'pegawai.xlsx' });
    assert.equal(pegawai.statusCode, 200, pegawai.body);
    assert.deepEqual([pegawai.json().created, pegawai.json().incompleteChains], [3, 0]);
    const unitsCsv = await upload(admin, 'units', await get('units.csv'), { dryRun: true });
    const pegawaiCsv = await upload(admin, 'pegawai', await get('pegawai.csv'), { dryRun: true });
    assert.deepEqual([unitsCsv.statusCode, unitsCsv.json().unchanged, pegawaiCsv.statusCode, pegawaiCsv.json().unchanged], [200, 3, 200, 3]);
  });
});

describe('what is uploaded', () => {
  test('when the file is larger than 20 MB, then 413 PAYLOAD_TOO_LARGE says so and nothing is written', async () => {
    const audit = await countRows(t.db, 'audit_log');
    const big = Buffer.concat([Buffer.from(`${UNIT_HEADER.join(';')}\n`), Buffer.alloc(21 * 1024 * 1024, 'a')]);
    const res = await upload(admin, 'units', big);
    assert.equal(res.statusCode, 413, res.body.slice(0, 300));
    assert.equal(res.json().error.code, 'PAYLOAD_TOO_LARGE');
    assert.match(fileError(res.body), /20 MB/);
    assert.equal(await countRows(t.db, 'audit_log'), audit);
  });

  test('when the file is not CSV or XLSX (PDF, old .xls, Latin-1 text), then 400 with a reason, never a 500', async () => {
    const cases: [Buffer, RegExp][] = [
      [Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'), /PDF/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls/],
      [Buffer.concat([Buffer.from('kode_unit;nama_unit;jenis_unit\nX;Dinas '), Buffer.from([0xe9]), Buffer.from(';DINAS\n')]), /UTF-8/],
      [Buffer.from('PK\u0003\u0004 not really a zip at all, sorry'), /XLSX/],
    ];
    for (const [file, reason] of cases) {
      const res = await upload(admin, 'units', file);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error.code, 'VALIDATION_FAILED');
      assert.match(fileError(res.body), reason);
    }
  });

  test('when the request is not multipart or the field is not "file", then 400 says how to send it', async () => {
    const json = await admin.request({ method: 'POST', url: '/api/imports/units', payload: { file: 'x' } });
    assert.equal(json.statusCode, 400);
    assert.match(fileError(json.body), /multipart/);
    const body = multipart(csvFile([UNIT_HEADER]), 'u.csv', 'berkas');
    const wrongField = await admin.request({ method: 'POST', url: '/api/imports/units', payload: body.payload, headers: body.headers });
    assert.equal(wrongField.statusCode, 400);
    assert.match(fileError(wrongField.body), /field "file"/);
  });

  test('when dryRun=true, then the counts come back and nothing (not even the audit row) is written', async () => {
    const [units, audit] = [await unitCount(), await countRows(t.db, 'audit_log')];
    const res = await upload(admin, 'units', csvFile([UNIT_HEADER, ['KERING-1', 'Dinas Kering', 'DINAS', '', 'Kepala Dinas Kering', 'JPT'], ['KERING-2', 'Bidang Kering', 'BIDANG', 'KERING-1', '', '']]), { dryRun: true });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().dryRun, res.json().created, res.json().jabatanCreated], [true, 2, 1]);
    assert.deepEqual([await unitCount(), await countRows(t.db, 'audit_log')], [units, audit]);
  });
});

describe('progress as NDJSON', () => {
  const lines = (body: string) => body.trim().split('\n').map((l) => importStreamLine.parse(JSON.parse(l)));

  test('when the client accepts application/x-ndjson, then progress lines for each phase come before the result', async () => {
    const file = await xlsxFile([PEGAWAI_HEADER, [nip('19870404', '201104', 2, 941), 'PNS', 'Pegawai Progres', '', '', 'P', null, '', 'CONTOH-DINAS-BID1', 'Analis Progres', 'PELAKSANA', '', '', '2024-05-02', '', '', '']]);
    const res = await upload(admin, 'pegawai', file, { name: 'p.xlsx', ndjson: true });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /application\/x-ndjson/);
    const stream = lines(res.body);
    const phases = [...new Set(stream.filter((l) => l.type === 'progress').map((l) => (l as { phase: string }).phase))];
    assert.deepEqual(phases, ['parse', 'validate', 'write']);
    const last = stream.at(-1)!;
    assert.equal(last.type, 'result');
    assert.equal((last as { created: number }).created, 1);
  });

  test('when a streamed import fails validation, then the last line is the error with its status and row details', async () => {
    const res = await upload(admin, 'units', csvFile([UNIT_HEADER, ['SALAH-1', 'Unit Salah', 'BIDANG', 'TIDAK-ADA', '', '']]), { ndjson: true });
    assert.equal(res.statusCode, 200);
    const last = lines(res.body).at(-1)!;
    assert.equal(last.type, 'error');
    const error = last as { status: number; error: { code: string; details: { row?: number; column?: string }[] } };
    assert.deepEqual([error.status, error.error.code, error.error.details[0]!.row, error.error.details[0]!.column], [422, 'RULE_VIOLATION', 2, 'kode_unit_induk']);
  });
});
