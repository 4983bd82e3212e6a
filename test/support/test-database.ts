import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/server/platform/config';
import { openDatabase, type DatabaseHandle } from '../../src/server/platform/db/database';
import { migrateToLatest } from '../../src/server/platform/db/migrate';
import { seedDemoIfEmpty } from '../../src/server/composition';

/**
 * Each test file gets its own database, cloned from a migrated and demo-seeded template:
 * on PostgreSQL (KINERJA_TEST_DB=postgres) a `CREATE DATABASE … TEMPLATE`, on PGlite a copy of
 * the template's data directory, in memory. The template is rebuilt when migrations or seed change.
 */
export const testDatabaseKind = (): 'postgres' | 'pglite' => (process.env.KINERJA_TEST_DB === 'postgres' ? 'postgres' : 'pglite');
export const TEST_AUDIT_KEY = 'test-audit-key-0123456789abcdef0123456789abcdef';

const root = path.resolve(import.meta.dirname, '../..');

/** Migrations, seed and everything that derives template data (chains, demo planning). */
function schemaFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) hash.update(rel).update(fs.readFileSync(path.join(root, rel)));
    }
  };
  for (const dir of ['src/server', 'src/domain', 'src/shared']) walk(dir);
  return hash.digest('hex').slice(0, 16);
}

export function testConfig(dataDir: string) {
  return loadConfig({ NODE_ENV: 'test', KINERJA_DATA_DIR: dataDir, KINERJA_AUDIT_KEY: TEST_AUDIT_KEY, KINERJA_SEED: 'demo', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
}

async function prepare(database: DatabaseHandle, dataDir: string) {
  await migrateToLatest(database.db);
  await seedDemoIfEmpty(database, testConfig(dataDir));
}

export async function createTestDatabase(dataDir: string): Promise<{ database: DatabaseHandle; url: string | null; drop(): Promise<void> }> {
  return testDatabaseKind() === 'postgres' ? createPostgresDatabase(dataDir) : createPgliteDatabase(dataDir);
}

// ---- PostgreSQL ----
const adminUrl = () => {
  const url = process.env.KINERJA_TEST_DATABASE_URL;
  if (!url) throw new Error('KINERJA_TEST_DB=postgres needs KINERJA_TEST_DATABASE_URL');
  return url;
};
const withDatabaseName = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function ensurePostgresTemplate(dataDir: string): Promise<string> {
  const template = `kinerja_tpl_${schemaFingerprint()}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(7302)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount === 0) {
      // Built under another name and renamed when complete: a failed build is never reused.
      const building = `${template}_building`;
      await admin.query(`drop database if exists "${building}" with (force)`);
      await admin.query(`create database "${building}"`);
      const database = await openDatabase({ kind: 'postgres', url: withDatabaseName(adminUrl(), building) }, { poolSize: 1 });
      try {
        await prepare(database, dataDir);
      } finally {
        await database.close();
      }
      await admin.query(`alter database "${building}" rename to "${template}"`);
    }
    await admin.query('select pg_advisory_unlock(7302)');
  } finally {
    await admin.end();
  }
  return template;
}

async function createPostgresDatabase(dataDir: string) {
  const template = await ensurePostgresTemplate(dataDir);
  const name = `kinerja_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database "${name}" template "${template}"`);
  await admin.end();
  const url = withDatabaseName(adminUrl(), name);
  const database = await openDatabase({ kind: 'postgres', url });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

// ---- PGlite ----
/** One builder at a time across processes; a lock left by a dead process is taken over. */
async function underFileLock(lockFile: string, work: () => Promise<void>): Promise<void> {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const holder = Number(fs.readFileSync(lockFile, 'utf8') || 0);
      if (!holder || !processRuns(holder)) fs.rmSync(lockFile, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    await work();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function pgliteTemplateTarball(dataDir: string): Promise<Blob> {
  const cacheDir = path.join(root, 'node_modules/.cache/kinerja-test');
  const file = path.join(cacheDir, `pglite-template-${schemaFingerprint()}.tar.gz`);
  if (!fs.existsSync(file)) await underFileLock(`${file}.lock`, async () => {
    if (fs.existsSync(file)) return; // built by whoever held the lock
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await prepare(database, dataDir);
    const pglite = database.pglite;
    if (!pglite) throw new Error('PGlite handle does not expose its instance');
    const dump = await pglite.dumpDataDir('gzip');
    await database.close();
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
  });
  return new Blob([fs.readFileSync(file)]);
}

/**
 * Makes `dataDir` a Kinerja data directory (KINERJA_DATA_DIR) holding the template: its PGlite
 * database and the audit key the template's chain was written with. The browser server and the
 * CLI test start from it instead of seeding afresh.
 */
export async function writeTemplateDataDir(dataDir: string): Promise<void> {
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') }, { loadDataDir: await pgliteTemplateTarball(dataDir) });
  await database.close();
  fs.writeFileSync(path.join(dataDir, 'audit.key'), TEST_AUDIT_KEY, { mode: 0o600 });
}

/** Builds the template of the kind under test once, before the test files start (npm test does this). */
export async function ensureTestTemplate(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-template-'));
  try {
    if (testDatabaseKind() === 'postgres') await ensurePostgresTemplate(dataDir);
    else await pgliteTemplateTarball(dataDir);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function createPgliteDatabase(dataDir: string) {
  const database = await openDatabase({ kind: 'pglite', dataDir: null }, { loadDataDir: await pgliteTemplateTarball(dataDir) });
  return { database, url: null, drop: () => database.close() };
}
