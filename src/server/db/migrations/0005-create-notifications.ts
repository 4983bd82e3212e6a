import { sql, type Kysely } from 'kysely';

/**
 * Notifications (in-app, with an e-mail copy sent by the mail job) and the named job locks that
 * let several server processes share one scheduler: whoever holds a job's lock runs it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('account.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    // The same reminder is never made twice, whichever process makes it.
    .addColumn('dedupe_key', 'text')
    .addColumn('email_to', 'text')
    .addColumn('email_status', 'text', (c) => c.notNull().defaultTo('NONE').check(sql`email_status in ('NONE','PENDING','SENT','FAILED')`))
    .addColumn('email_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('emailed_at', 'timestamptz')
    .addColumn('read_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('notification_account_idx').on('notification').columns(['account_id', 'id']).execute();
  await sql`create unique index notification_dedupe_uq on notification (dedupe_key) where dedupe_key is not null`.execute(db);
  await sql`create index notification_unread_idx on notification (account_id) where read_at is null`.execute(db);
  await sql`create index notification_mail_idx on notification (id) where email_status = 'PENDING'`.execute(db);

  await db.schema
    .createTable('job_lock')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz', (c) => c.notNull())
    .addColumn('last_run_at', 'timestamptz')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
