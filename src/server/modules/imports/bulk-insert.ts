import { sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { Trx } from '../../platform/db/transaction';

type PgType = 'bigint' | 'text' | 'date' | 'boolean';
/** One column of a bulk insert: a value per row, or one value for every row (sent once). */
export type ColumnValues = { type: PgType; values: unknown[] } | { type: PgType; constant: unknown };

/**
 * INSERT … SELECT FROM unnest(array per column): one parameter per column rather than per cell,
 * about three times faster than a multi-row VALUES on PGlite, and free of the 65,535-parameter cap.
 */
export async function insertColumns<R = Record<string, string>>(trx: Trx, table: keyof Database, columns: Record<string, ColumnValues>, returning: string[] = []): Promise<R[]> {
  const names = Object.keys(columns);
  const perRow = names.filter((name) => 'values' in columns[name]!);
  const first = columns[perRow[0]!] as { values: unknown[] } | undefined;
  if (!first || first.values.length === 0) return [];
  const arrays = perRow.map((name) => {
    const column = columns[name] as { type: PgType; values: unknown[] };
    return sql`${column.values}::${sql.raw(column.type)}[]`;
  });
  const selected = names.map((name) => {
    const column = columns[name]!;
    return 'values' in column ? sql.ref(`u.${name}`) : sql`${column.constant}::${sql.raw(column.type)}`;
  });
  const tail = returning.length > 0 ? sql` returning ${sql.join(returning.map((r) => sql.ref(r)))}` : sql``;
  const result = await sql<R>`
    insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
    select ${sql.join(selected)} from unnest(${sql.join(arrays)}) as u(${sql.join(perRow.map((n) => sql.ref(n)))})${tail}`.execute(trx);
  return result.rows;
}
