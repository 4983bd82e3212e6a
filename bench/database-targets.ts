import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** One database the server is benchmarked on, prepared fresh and removed afterwards. */
export interface DatabaseTarget {
  /** As printed in the table's first column. */
  label: string;
  /** Environment for the server process (database selection, data directory, audit key). */
  serverEnv: Record<string, string>;
  /** A line for the report header, e.g. the PostgreSQL server version. */
  description: string;
  dispose(): Promise<void>;
}

/** `autovacuum` matters to the rows at scale: with it off, imported tables have no planner statistics. */
export type PostgresAvailability = { reachable: true; version: string; autovacuum: string } | { reachable: false; reason: string };

/** Every server gets its own temp data directory, so nothing lands in the repository's ./data. */
async function makeDataDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-bench-'));
}

/** Set explicitly so the server does not generate one; any value of 32+ characters will do. */
const benchAuditKey = () => randomBytes(32).toString('hex');

export async function createPgliteTarget(): Promise<DatabaseTarget> {
  const dataDir = await makeDataDir();
  return {
    label: 'PGlite',
    serverEnv: { KINERJA_DATA_DIR: dataDir, KINERJA_AUDIT_KEY: benchAuditKey() },
    description: 'PGlite in a fresh temporary data directory',
    dispose: () => fs.rm(dataDir, { recursive: true, force: true }),
  };
}

export async function checkPostgres(adminUrl: string): Promise<PostgresAvailability> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    const { rows: autovacuum } = await client.query<{ autovacuum: string }>('show autovacuum');
    return { reachable: true, version: rows[0]?.server_version ?? 'unknown', autovacuum: autovacuum[0]?.autovacuum ?? 'unknown' };
  } catch (error) {
    return { reachable: false, reason: (error as Error).message || String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates `kinerja_bench_<random>` on the server behind `adminUrl`; dispose drops it. */
export async function createPostgresTarget(adminUrl: string, version: string): Promise<DatabaseTarget> {
  const databaseName = `kinerja_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${databaseName}`);
  const dataDir = await makeDataDir();
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${databaseName}`;
  return {
    label: 'PostgreSQL',
    serverEnv: { DATABASE_URL: databaseUrl.toString(), KINERJA_DATA_DIR: dataDir, KINERJA_AUDIT_KEY: benchAuditKey() },
    description: `PostgreSQL ${version}, fresh database ${databaseName} at ${redact(databaseUrl)}`,
    dispose: async () => {
      await adminQuery(adminUrl, `drop database if exists ${databaseName} with (force)`);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Host, port and database only: never print a password from BENCH_DATABASE_URL. */
export function redact(url: string | URL): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
