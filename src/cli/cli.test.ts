import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../server/platform/db/database';
import { writeTemplateDataDir } from '../../test/support/test-database';

const bin = path.resolve(import.meta.dirname, '../../bin/kinerja.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-cli-'));
const pgliteDir = path.join(dataDir, 'pglite');
const env = { ...process.env, KINERJA_DATA_DIR: dataDir, NODE_ENV: 'test', DATABASE_URL: '', LOG_LEVEL: 'warn' };
delete (env as Record<string, string | undefined>).DATABASE_URL;

const kinerja = (...args: string[]) => promisify(execFile)(process.execPath, [bin, ...args], { env });

// Starts from the demo test template (built once per run) rather than seeding the demo afresh.
before(() => writeTemplateDataDir(dataDir));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('kinerja CLI on a PGlite data directory', () => {
  test('when the demo is seeded, then audit verify reports an intact chain', async () => {
    const { stdout } = await kinerja('audit', 'verify');
    assert.match(stdout, /Rantai audit utuh: \d+ baris diperiksa/);
  });

  test('when the data directory already holds data, then seed says so and leaves it as it is', async () => {
    const { stdout } = await kinerja('seed');
    assert.match(stdout, /sudah berisi data; demo tidak diisi ulang/);
  });

  test('when another process holds the data directory, then any command fails at once naming the holder', async () => {
    const holder = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
    try {
      const started = Date.now();
      await assert.rejects(kinerja('migrate'), (error: { code: number; stderr: string }) => {
        assert.equal(error.code, 1);
        assert.match(error.stderr, new RegExp(`in use by process ${process.pid}`));
        return true;
      });
      assert.ok(Date.now() - started < 15_000, 'fails at once rather than waiting');
    } finally {
      await holder.close();
    }
  });

  test('when the lock was left by a process that no longer runs, then the next opener takes it over', async () => {
    fs.writeFileSync(`${pgliteDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, hostname: os.hostname(), command: 'dead', since: new Date().toISOString() }));
    const { stdout } = await kinerja('migrate');
    assert.match(stdout, /sudah terbaru/);
    assert.equal(fs.existsSync(`${pgliteDir}.lock`), false, 'released on exit');
  });

  test('when a backup is restored, then changes made after the backup are gone and the old data is kept aside', async () => {
    const backup = path.join(dataDir, 'cadangan.tar.gz');
    await kinerja('backup', backup);
    const database = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
    await database.db.insertInto('instansi').values({ code: 'SETELAH-CADANGAN', name: 'Dibuat setelah cadangan' }).execute();
    await database.close();
    const { stdout } = await kinerja('restore', backup);
    assert.match(stdout, /dipulihkan/);
    const restored = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
    try {
      const rows = await restored.db.selectFrom('instansi').select('code').execute();
      assert.ok(!rows.some((r) => r.code === 'SETELAH-CADANGAN'));
      assert.ok(rows.length >= 1);
    } finally {
      await restored.close();
    }
    assert.ok(fs.readdirSync(dataDir).some((f) => f.startsWith('pglite.sebelum-pemulihan-')), 'the replaced data stays on disk');
  });

  test('when an audit row was altered by hand, then audit verify exits 1 and names the row', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
    let victimId: string;
    try {
      victimId = (await database.db.selectFrom('audit_log').select('id').where('seq', '=', '3').executeTakeFirstOrThrow()).id;
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(database.db);
      await sql`update audit_log set actor_login = 'penyusup' where id = ${victimId}`.execute(database.db);
    } finally {
      await database.close();
    }
    await assert.rejects(kinerja('audit', 'verify'), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, new RegExp(`baris id=${victimId} .*hash-mismatch`));
      return true;
    });
  });
});
