import { sql, type Kysely } from 'kysely';

/** Instansi, accounts, roles, sessions, rate-limit counters, settings and the audit chain. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('instansi')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('account')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('login', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('failed_login_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('account_instansi_login_idx').on('account').columns(['instansi_id', 'login']).execute();

  await db.schema
    .createTable('account_role')
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('account.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('PEGAWAI','ATASAN','ADMIN_OPD','ADMIN_BKPSDM','PIMPINAN','INSPEKTORAT')`),
    )
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('granted_by', 'bigint', (c) => c.references('account.id'))
    .addPrimaryKeyConstraint('account_role_pk', ['account_id', 'role'])
    .execute();
  await db.schema.createIndex('account_role_role_idx').on('account_role').columns(['role', 'account_id']).execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('account.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('idle_expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('absolute_expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('session_account_idx').on('session').column('account_id').execute();
  await db.schema.createIndex('session_expiry_idx').on('session').column('absolute_expires_at').execute();

  await db.schema
    .createTable('rate_limit_counter')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('setting')
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'bigint', (c) => c.references('account.id'))
    .addPrimaryKeyConstraint('setting_pk', ['instansi_id', 'key'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_account_id', 'bigint')
    .addColumn('actor_login', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('request_id', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('audit_log_chain_uq', ['instansi_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').columns(['instansi_id', 'id desc']).execute();
  await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['instansi_id', 'action', 'id desc']).execute();

  // Append-only: the application never updates or deletes audit rows. Someone with table-owner
  // rights can still disable this trigger; `kinerja audit verify` is what catches that.
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
