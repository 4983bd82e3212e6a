import { sql, type Kysely } from 'kysely';

/**
 * What a rating rested on (issue #16): the periods whose realisation was never submitted when the
 * penilai rated (allowed only once their deadline passed; kept on the rating for good), and
 * whether the penilai rated before the period ended (only where the instansi allows it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table evaluation add column realisation_unsubmitted jsonb`.execute(db);
  await sql`alter table evaluation add column rated_before_end boolean not null default false`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
