import { sql, type Kysely } from 'kysely';

/**
 * Issue #16 point 12: once the penilai rates an evaluation covering a period, that period's
 * realisation is locked for the owner, submitted or not, and cannot be reopened while the rating stands.
 * A row per rated period (an unsubmitted period has no realisation_period row to mark).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('realisation_rated_lock')
    .addColumn('skp_id', 'bigint', (c) => c.notNull().references('skp.id').onDelete('cascade'))
    .addColumn('period_id', 'bigint', (c) => c.notNull().references('period.id'))
    .addColumn('evaluation_id', 'bigint', (c) => c.notNull().references('evaluation.id').onDelete('cascade'))
    .addColumn('locked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('realisation_rated_lock_pk', ['skp_id', 'period_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
