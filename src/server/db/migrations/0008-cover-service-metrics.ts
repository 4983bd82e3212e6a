import { sql, type Kysely } from 'kysely';

/**
 * Service-fed indicators and the public dashboard count a unit's complaints and sum its IKM
 * answers per period. With the columns they read included in the (unit, date) indexes, those are
 * index-only scans once the tables are vacuumed: on PostgreSQL 50,000 complaints and 100,000
 * responses for 100 units × 4 periods went from ~260 ms to ~50 ms and ~100 ms (bench/README.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index complaint_unit_received_idx`.execute(db);
  await sql`create index complaint_unit_received_idx on complaint (service_unit_id, received_on) include (resolved_at, resolution_due_at, first_response_days)`.execute(db);
  await sql`drop index ikm_response_unit_idx`.execute(db);
  await sql`create index ikm_response_unit_idx on ikm_response (service_unit_id, submitted_on) include (u1, u2, u3, u4, u5, u6, u7, u8, u9)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
