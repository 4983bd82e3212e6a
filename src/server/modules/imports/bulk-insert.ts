import { sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { Trx } from '../../platform/db/transaction';

/** One column of a bulk insert: its PostgreSQL type and a value per row. */
export type ColumnValues = { type: 'bigint' | 'text' | 'date' | 'boolean'; values: unknown[] };

/**
 * INSERT … SELECT FROM unnest(array per column): one parameter per column rather than per cell,
 * about three times faster than a multi-row VALUES on PGlite, and free of the 65,535-parameter cap.
 */
export async function insertColumns<R = Record<string, string>>(trx: Trx, table: keyof Database, columns: Record<string, ColumnValues>, returning: string[] = []): Promise<R[]> {
  const names = Object.keys(columns);
  if (names.length === 0 || columns[names[0]!]!.values.length === 0) return [];
  const arrays = names.map((name) => sql`${columns[name]!.values}::${sql.raw(columns[name]!.type)}[]`);
  const tail = returning.length > 0 ? sql` returning ${sql.join(returning.map((r) => sql.ref(r)))}` : sql``;
  const result = await sql<R>`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))}) select * from unnest(${sql.join(arrays)})${tail}`.execute(trx);
  return result.rows;
}
