import type { ColumnType, Generated } from 'kysely';

/** Column types shared by every schema file. Ids are int8 and travel as strings. */
export type Id = Generated<string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type Json = ColumnType<Record<string, unknown>, string, string>;
/**
 * A text column held to a list of values by a CHECK, whose writers still pass plain strings: read as
 * the union, written as text (the CHECK refuses anything off the list). Tighten it to the union
 * itself once every writer holds the union.
 */
export type CheckedText<U extends string | null> = ColumnType<U, string | Extract<U, null>, string | Extract<U, null>>;
/** The same for a column with a default, which an insert may leave out. */
export type CheckedTextWithDefault<U extends string | null> = ColumnType<U, string | Extract<U, null> | undefined, string | Extract<U, null>>;
/** Calendar dates travel as 'YYYY-MM-DD' text (see the DATE parser in database.ts). */
export type DateOnly = string;
