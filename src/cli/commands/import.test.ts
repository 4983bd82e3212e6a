import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../../server/platform/db/database';
import { csvFile, PEGAWAI_HEADER, UNIT_HEADER } from '../../server/modules/imports/imports.test-support';
import { writeTemplateDataDir } from '../../../test/support/test-database';

const bin = path.resolve(import.meta.dirname, '../../../bin/kinerja.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-cli-import-'));
const env: NodeJS.ProcessEnv = { ...process.env, KINERJA_DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
const kinerja = (...args: string[]) => promisify(execFile)(process.execPath, [bin, ...args], { env });
const write = (name: string, content: Buffer) => {
  const file = path.join(dataDir, name);
  fs.writeFileSync(file, content);
  return file;
};
const unitCodes = async (prefix: string) => {
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
  try {
    return (await database.db.selectFrom('unit_kerja').select('code').where('code', 'like', `${prefix}%`).orderBy('code').execute()).map((u) => u.code);
  } finally {
    await database.close();
  }
};

// Starts from the demo test template (built once per run) rather than seeding the demo afresh.
before(() => writeTemplateDataDir(dataDir));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('kinerja import', () => {
  test('when the file has bad rows, then it exits 1 listing each row, column and reason, and writes nothing', async () => {
    const file = write('salah.csv', csvFile([PEGAWAI_HEADER, ['1.99001E+17', 'PNS', 'Satu', '', '', '', '', '', 'DINKES', 'Staf', 'PELAKSANA', '', '', '2024-01-01', '', '', ''], ['199001012015011999', 'HONOR', '', '', '', '', '', '', 'DINKES', 'Staf', 'PELAKSANA', '', '', '', '', '', '']]));
    await assert.rejects(kinerja('import', 'pegawai', file), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, /Impor ditolak \(RULE_VIOLATION\): 3 kesalahan; tidak ada yang disimpan/);
      assert.match(error.stderr, /Baris\s+Kolom\s+Keterangan/);
      assert.match(error.stderr, /\n\s*2\s+nip\s+NIP tertulis dalam notasi ilmiah/);
      assert.match(error.stderr, /\n\s*3\s+jenis_asn\s+/);
      assert.match(error.stderr, /\n\s*3\s+nama\s+nama wajib diisi/);
      return true;
    });
  });

  test('when a good units file is checked with --dry-run and then imported, then only the import writes, and it says what it did', async () => {
    const file = write('unit.csv', csvFile([UNIT_HEADER, ['CLI-DINAS', 'Dinas Baris Perintah', 'DINAS', '', 'Kepala Dinas Baris Perintah', 'JPT'], ['CLI-BID', 'Bidang Baris Perintah', 'BIDANG', 'CLI-DINAS', '', '']]));
    const dry = await kinerja('import', 'unit', file, '--dry-run');
    assert.match(dry.stdout, /Pemeriksaan \(tidak ada yang disimpan\) unit kerja unit\.csv: 2 baris — 2 baru/);
    assert.deepEqual(await unitCodes('CLI-'), []);
    const real = await kinerja('import', 'unit', file);
    assert.match(real.stdout, /Impor unit kerja unit\.csv: 2 baris — 2 baru, 0 diperbarui, 0 tidak berubah/);
    assert.deepEqual(await unitCodes('CLI-'), ['CLI-BID', 'CLI-DINAS']);
    const { stdout } = await kinerja('audit', 'verify');
    assert.match(stdout, /Rantai audit utuh/);
  });

  test('when the kind or the file is wrong, then it exits 1 saying so', async () => {
    await assert.rejects(kinerja('import', 'jabatan', 'x.csv'), (error: { code: number; stderr: string }) => error.code === 1 && /"unit" atau "pegawai"/.test(error.stderr));
    await assert.rejects(kinerja('import', 'unit', path.join(dataDir, 'tidak-ada.csv')), (error: { code: number; stderr: string }) => error.code === 1 && /tidak ditemukan/.test(error.stderr));
  });
});
