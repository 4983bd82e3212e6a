import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

export type Executor = Kysely<Database> | Transaction<Database>;
export type Trx = Transaction<Database>;

/**
 * Every write goes through here: one transaction, committed only if `work` resolves.
 * Inside, use `trx` only — PGlite has one connection, so touching `db` there would wait forever.
 */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
