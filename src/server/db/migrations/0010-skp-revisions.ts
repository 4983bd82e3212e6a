import { sql, type Kysely } from 'kysely';

/**
 * Issue #16 (points 8 and 12): what is done stays done.
 * - A submitted period's realisation is locked; only the penilai reopens it, with a reason
 *   (kept here for the latest reopening, every one of them in the audit log).
 * - Lateness is a fact of the submission: `late` is set when a period is first submitted after its
 *   deadline and never cleared by a later (re)submission.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('realisation_period')
    .addColumn('late', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('reopened_at', 'timestamptz')
    .addColumn('reopened_by', 'bigint', (c) => c.references('account.id'))
    .addColumn('reopen_reason', 'text')
    .execute();
  // Submissions made before this migration: late when sent after the deadline day in Solok (WIB, UTC+7).
  await sql`
    update realisation_period rp set late = true
    from period p
    where p.id = rp.period_id and ((rp.submitted_at at time zone 'UTC') + interval '7 hours')::date > p.realisation_closes
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
