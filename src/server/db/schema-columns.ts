import type { ColumnType, Generated } from 'kysely';

/** Column types shared by every schema file. Ids are int8 and travel as strings. */
export type Id = Generated<string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type Json = ColumnType<Record<string, unknown>, string, string>;
/** Calendar dates travel as 'YYYY-MM-DD' text (see the DATE parser in database.ts). */
export type DateOnly = string;
