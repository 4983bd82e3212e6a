import { sql, type Kysely } from 'kysely';

/**
 * Execution and coaching (PermenPANRB 6/2022 stage 2): realisation per IKI per period with its
 * bukti dukung, the per-period submission, continuous feedback, recorded dialogues with the
 * pegawai's B.1.8 feedback on the coaching, and 360 behaviour input.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // How a period's values add up to the year: counts sum, rates average, a stock takes the last.
  await db.schema
    .alterTable('iki')
    .addColumn('accumulation', 'text', (c) => c.check(sql`accumulation in ('SUM','AVERAGE','LAST')`))
    .execute();

  await db.schema
    .createTable('realisation')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('skp_id', 'bigint', (c) => c.notNull().references('skp.id').onDelete('cascade'))
    .addColumn('iki_id', 'bigint', (c) => c.notNull().references('iki.id').onDelete('cascade'))
    .addColumn('period_id', 'bigint', (c) => c.notNull().references('period.id'))
    .addColumn('value', 'numeric')
    .addColumn('narrative', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rencana_aksi', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'bigint', (c) => c.references('account.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('realisation_uq', ['iki_id', 'period_id'])
    .execute();
  await db.schema.createIndex('realisation_skp_idx').on('realisation').columns(['skp_id', 'period_id']).execute();

  await db.schema
    .createTable('realisation_period')
    .addColumn('skp_id', 'bigint', (c) => c.notNull().references('skp.id').onDelete('cascade'))
    .addColumn('period_id', 'bigint', (c) => c.notNull().references('period.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('submitted_by', 'bigint', (c) => c.references('account.id'))
    .addPrimaryKeyConstraint('realisation_period_pk', ['skp_id', 'period_id'])
    .execute();
  await db.schema.createIndex('realisation_period_period_idx').on('realisation_period').column('period_id').execute();

  await db.schema
    .createTable('evidence')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('skp_id', 'bigint', (c) => c.notNull().references('skp.id').onDelete('cascade'))
    .addColumn('iki_id', 'bigint', (c) => c.notNull().references('iki.id').onDelete('cascade'))
    .addColumn('period_id', 'bigint', (c) => c.notNull().references('period.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('FILE','LINK')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('storage_key', 'text')
    .addColumn('file_name', 'text')
    .addColumn('content_type', 'text')
    .addColumn('size_bytes', 'bigint')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('PENDING').check(sql`status in ('PENDING','ACCEPTED','REJECTED')`))
    .addColumn('review_reason', 'text')
    .addColumn('reviewed_by', 'bigint', (c) => c.references('account.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('uploaded_by', 'bigint', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('evidence_kind_ck', sql`(kind = 'FILE' and storage_key is not null) or (kind = 'LINK' and url is not null)`)
    .execute();
  await db.schema.createIndex('evidence_skp_period_idx').on('evidence').columns(['skp_id', 'period_id']).execute();
  await sql`create index evidence_pending_idx on evidence (skp_id) where status = 'PENDING'`.execute(db);

  // Umpan balik berkelanjutan: per RHK row, per core value, or general; from the atasan or a colleague.
  await db.schema
    .createTable('feedback')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('to_pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    .addColumn('from_account_id', 'bigint', (c) => c.notNull().references('account.id'))
    .addColumn('from_pegawai_id', 'bigint', (c) => c.references('pegawai.id'))
    .addColumn('relation', 'text', (c) => c.notNull().check(sql`relation in ('ATASAN','PENILAI','REKAN','BAWAHAN','LAINNYA')`))
    .addColumn('skp_id', 'bigint', (c) => c.references('skp.id').onDelete('cascade'))
    .addColumn('period_id', 'bigint', (c) => c.references('period.id'))
    .addColumn('rhk_id', 'bigint', (c) => c.references('rhk.id').onDelete('cascade'))
    .addColumn('core_value', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('feedback_to_idx').on('feedback').columns(['to_pegawai_id', 'id']).execute();
  await db.schema.createIndex('feedback_from_idx').on('feedback').columns(['from_account_id', 'id']).execute();
  await db.schema.createIndex('feedback_skp_idx').on('feedback').columns(['skp_id', 'period_id']).execute();

  await db.schema
    .createTable('dialogue')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    .addColumn('leader_pegawai_id', 'bigint', (c) => c.references('pegawai.id'))
    .addColumn('leader_account_id', 'bigint', (c) => c.notNull().references('account.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('EKSPEKTASI','BIMBINGAN','EVALUASI','LAINNYA')`))
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('dialogue_pegawai_idx').on('dialogue').columns(['pegawai_id', 'held_on']).execute();
  await db.schema.createIndex('dialogue_leader_idx').on('dialogue').columns(['leader_account_id', 'held_on']).execute();

  await db.schema
    .createTable('dialogue_action')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('dialogue_id', 'bigint', (c) => c.notNull().references('dialogue.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('OPEN').check(sql`status in ('OPEN','DONE')`))
    .addColumn('follow_up', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('dialogue_action_dialogue_idx').on('dialogue_action').column('dialogue_id').execute();

  // Format B.1.8: the pegawai's answers on the coaching, one per dialogue.
  await db.schema
    .createTable('coaching_feedback')
    .addColumn('dialogue_id', 'bigint', (c) => c.primaryKey().references('dialogue.id').onDelete('cascade'))
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // 360: who was asked (visible to the penilai) is kept apart from what was answered (never joined to a name on the way out).
  await db.schema
    .createTable('feedback360_request')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('subject_pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    .addColumn('period_id', 'bigint', (c) => c.notNull().references('period.id'))
    .addColumn('requested_by', 'bigint', (c) => c.notNull().references('account.id'))
    .addColumn('relation', 'text', (c) => c.notNull().check(sql`relation in ('REKAN','BAWAHAN','PENGGUNA_LAYANAN')`))
    .addColumn('rater_pegawai_id', 'bigint', (c) => c.references('pegawai.id'))
    .addColumn('rater_label', 'text')
    .addColumn('token_hash', 'text')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('feedback360_rater_ck', sql`rater_pegawai_id is not null or token_hash is not null`)
    .execute();
  await sql`create unique index feedback360_rater_uq on feedback360_request (subject_pegawai_id, period_id, rater_pegawai_id) where rater_pegawai_id is not null`.execute(db);
  await sql`create unique index feedback360_token_uq on feedback360_request (token_hash) where token_hash is not null`.execute(db);
  await db.schema.createIndex('feedback360_rater_idx').on('feedback360_request').columns(['rater_pegawai_id', 'answered_at']).execute();

  await db.schema
    .createTable('feedback360_response')
    .addColumn('request_id', 'bigint', (c) => c.primaryKey().references('feedback360_request.id').onDelete('cascade'))
    .addColumn('subject_pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    .addColumn('period_id', 'bigint', (c) => c.notNull().references('period.id'))
    .addColumn('scores', 'jsonb', (c) => c.notNull())
    .addColumn('comments', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback360_response_subject_idx').on('feedback360_response').columns(['subject_pegawai_id', 'period_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
