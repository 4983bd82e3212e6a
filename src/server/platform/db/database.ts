import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from '../../db/schema';
import type { DatabaseConfig } from '../config';
import { acquireDataDirLock } from './data-dir-lock';
import { watchConnectionErrors, type ConnectionLogger } from './connection-errors';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Resolves when the database answers within the timeout, rejects otherwise. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
  /** The embedded instance, for dumps and backups; absent on PostgreSQL. */
  pglite?: PGlite;
}

export interface OpenOptions {
  poolSize?: number;
  /** PGlite only: start from this data-directory dump (tests clone a migrated template so). */
  loadDataDir?: Blob;
  /** PostgreSQL only: where lost connections are reported (they are survived either way). */
  logger?: ConnectionLogger;
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
// Ids are int8: keep them as exact strings on both drivers rather than lossy numbers.
// A DATE is a calendar day, not an instant: keep 'YYYY-MM-DD' rather than a local-midnight Date.
const identity = (value: string) => value;
pg.types.setTypeParser(INT8, identity);
pg.types.setTypeParser(NUMERIC, (value: string) => Number(value));
pg.types.setTypeParser(DATE, identity);

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') return openPostgres(config.url, options.poolSize ?? 10, options.logger);
  return openPglite(config.dataDir, options.loadDataDir);
}

function openPostgres(url: string, poolSize: number, logger: ConnectionLogger | undefined): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000, keepAlive: true });
  watchConnectionErrors(pool, logger);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', ping: (ms) => ping(db, ms), close: () => db.destroy() };
}

async function openPglite(dataDir: string | null, loadDataDir: Blob | undefined): Promise<DatabaseHandle> {
  const release = dataDir ? acquireDataDirLock(dataDir) : () => undefined;
  try {
    const pglite = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
      parsers: { [INT8]: identity, [NUMERIC]: (value: string) => Number(value), [DATE]: identity },
    });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: 'pglite',
      pglite,
      ping: (ms) => ping(db, ms),
      close: async () => {
        await db.destroy();
        // The dialect closes PGlite only once a query has run; a handle opened and closed
        // without one (a data directory written from a dump) must still be flushed and closed.
        if (!pglite.closed) await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function ping(db: Db, timeoutMs = 2_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database ping timed out')), timeoutMs);
  });
  try {
    await Promise.race([sql`select 1`.execute(db), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
