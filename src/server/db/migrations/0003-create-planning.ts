import { sql, type Kysely } from 'kysely';

/**
 * Planning: performance years with their periods, the OPDs' Perjanjian Kinerja indicators (IKU),
 * and each pegawai's SKP — RHK cascaded from the atasan's RHK (or, for a JPT, from an IKU), IKI
 * per aspek, BerAKHLAK expectations, lampiran — with every approved revision kept as a snapshot.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('performance_year')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('granularity', 'text', (c) => c.notNull().check(sql`granularity in ('monthly','quarterly')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('OPEN').check(sql`status in ('OPEN','CLOSED')`))
    .addColumn('planning_closes', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('performance_year_uq', ['instansi_id', 'year'])
    .execute();

  await db.schema
    .createTable('period')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('year_id', 'bigint', (c) => c.notNull().references('performance_year.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('realisation_closes', 'date', (c) => c.notNull())
    .addColumn('evaluation_closes', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('OPEN').check(sql`status in ('OPEN','CLOSED')`))
    .addUniqueConstraint('period_uq', ['year_id', 'seq'])
    .execute();

  await db.schema
    .createTable('org_goal')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('opd_id', 'bigint', (c) => c.notNull().references('unit_kerja.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('sasaran', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('satuan', 'text', (c) => c.notNull())
    .addColumn('target', 'numeric', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('HIGHER','LOWER')`))
    .addColumn('baseline', 'numeric')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('org_goal_uq', ['opd_id', 'year', 'code'])
    .execute();

  await db.schema
    .createTable('skp')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('jabatan_id', 'bigint', (c) => c.notNull().references('jabatan.id'))
    .addColumn('opd_id', 'bigint', (c) => c.references('unit_kerja.id'))
    .addColumn('pendekatan', 'text', (c) => c.notNull().defaultTo('KUANTITATIF').check(sql`pendekatan in ('KUANTITATIF','KUALITATIF')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('DRAFT').check(sql`status in ('DRAFT','DIAJUKAN','DIKEMBALIKAN','DISETUJUI')`))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('ended_reason', 'text')
    .addColumn('return_note', 'text')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'bigint', (c) => c.references('account.id'))
    .addColumn('lampiran_sumber_daya', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lampiran_skema', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lampiran_konsekuensi', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One running SKP per pegawai per year; a transfer ends it (valid_to) and starts the next.
  await sql`create unique index skp_one_running_uq on skp (pegawai_id, year) where valid_to is null`.execute(db);
  await db.schema.createIndex('skp_opd_year_idx').on('skp').columns(['opd_id', 'year']).execute();
  await db.schema.createIndex('skp_status_idx').on('skp').columns(['instansi_id', 'year', 'status']).execute();

  await db.schema
    .createTable('rhk')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('skp_id', 'bigint', (c) => c.notNull().references('skp.id').onDelete('cascade'))
    .addColumn('jenis', 'text', (c) => c.notNull().check(sql`jenis in ('UTAMA','TAMBAHAN')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('parent_rhk_id', 'bigint', (c) => c.references('rhk.id'))
    .addColumn('org_goal_id', 'bigint', (c) => c.references('org_goal.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('rhk_skp_idx').on('rhk').columns(['skp_id', 'position']).execute();
  await db.schema.createIndex('rhk_parent_idx').on('rhk').column('parent_rhk_id').execute();
  await db.schema.createIndex('rhk_goal_idx').on('rhk').column('org_goal_id').execute();

  await db.schema
    .createTable('iki')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('rhk_id', 'bigint', (c) => c.notNull().references('rhk.id').onDelete('cascade'))
    .addColumn('aspek', 'text', (c) => c.notNull().check(sql`aspek in ('KUANTITAS','KUALITAS','WAKTU','BIAYA')`))
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('target_value', 'numeric')
    .addColumn('target_text', 'text')
    .addColumn('satuan', 'text')
    .addColumn('direction', 'text', (c) => c.notNull().defaultTo('HIGHER').check(sql`direction in ('HIGHER','LOWER')`))
    .addColumn('baseline', 'numeric')
    .addColumn('perspektif', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('iki_rhk_idx').on('iki').columns(['rhk_id', 'position']).execute();

  await db.schema
    .createTable('skp_perilaku')
    .addColumn('skp_id', 'bigint', (c) => c.notNull().references('skp.id').onDelete('cascade'))
    .addColumn('core_value', 'text', (c) => c.notNull())
    .addColumn('ekspektasi', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('skp_perilaku_pk', ['skp_id', 'core_value'])
    .execute();

  await db.schema
    .createTable('skp_revision')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('skp_id', 'bigint', (c) => c.notNull().references('skp.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('approved_at', 'timestamptz', (c) => c.notNull())
    .addColumn('approved_by', 'bigint', (c) => c.references('account.id'))
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addUniqueConstraint('skp_revision_uq', ['skp_id', 'revision'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
