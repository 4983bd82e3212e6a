import { sql, type Kysely } from 'kysely';

/**
 * The organisation with history: unit kerja tree (OPD at the top), jabatan, pegawai, their
 * placements with validity dates (a transfer closes one and opens another; Plt are placements
 * flagged acting), BKPSDM's atasan overrides, officials without NIP, and the current penilai
 * chain of every pegawai, materialised so scoped lists are plain indexed queries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('unit_kerja')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'bigint', (c) => c.references('unit_kerja.id'))
    .addColumn('is_opd', 'boolean', (c) => c.notNull().defaultTo(false))
    // Derived from parent_id by the repository after every change to the tree.
    .addColumn('opd_id', 'bigint', (c) => c.references('unit_kerja.id'))
    .addColumn('path', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('depth', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('unit_kerja_code_uq', ['instansi_id', 'code'])
    .execute();
  await db.schema.createIndex('unit_kerja_parent_idx').on('unit_kerja').columns(['instansi_id', 'parent_id']).execute();
  await db.schema.createIndex('unit_kerja_opd_idx').on('unit_kerja').column('opd_id').execute();

  await db.schema
    .createTable('jabatan')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('unit_id', 'bigint', (c) => c.notNull().references('unit_kerja.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('jenis', 'text', (c) => c.notNull().check(sql`jenis in ('JPT','ADMINISTRATOR','PENGAWAS','PELAKSANA','FUNGSIONAL')`))
    .addColumn('jenjang', 'text')
    .addColumn('is_head', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('jabatan_unit_name_uq', ['unit_id', 'name'])
    .execute();
  // One head post per unit.
  await sql`create unique index jabatan_one_head_uq on jabatan (unit_id) where is_head`.execute(db);

  await db.schema
    .createTable('pegawai')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('nip', 'text', (c) => c.notNull().unique())
    .addColumn('jenis_asn', 'text', (c) => c.notNull().check(sql`jenis_asn in ('PNS','PPPK')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gelar_depan', 'text')
    .addColumn('gelar_belakang', 'text')
    .addColumn('pangkat_golongan', 'text')
    .addColumn('sex', 'text', (c) => c.notNull().check(sql`sex in ('L','P')`))
    .addColumn('birth_date', 'date', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('pegawai_name_idx').on('pegawai').columns(['instansi_id', 'name', 'id']).execute();

  await db.schema.alterTable('account').addColumn('pegawai_id', 'bigint', (c) => c.references('pegawai.id').unique()).execute();
  await db.schema.alterTable('account_role').addColumn('opd_id', 'bigint', (c) => c.references('unit_kerja.id')).execute();

  await db.schema
    .createTable('penempatan')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    .addColumn('jabatan_id', 'bigint', (c) => c.notNull().references('jabatan.id'))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('acting', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('penempatan_dates_ck', sql`valid_to is null or valid_to >= valid_from`)
    .execute();
  await db.schema.createIndex('penempatan_pegawai_idx').on('penempatan').columns(['pegawai_id', 'valid_from']).execute();
  await db.schema.createIndex('penempatan_jabatan_idx').on('penempatan').columns(['jabatan_id', 'valid_from']).execute();

  await db.schema
    .createTable('atasan_override')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    .addColumn('atasan_pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('created_by', 'bigint', (c) => c.references('account.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('atasan_override_dates_ck', sql`valid_to is null or valid_to >= valid_from`)
    .addCheckConstraint('atasan_override_self_ck', sql`atasan_pegawai_id <> pegawai_id`)
    .execute();
  await db.schema.createIndex('atasan_override_pegawai_idx').on('atasan_override').columns(['pegawai_id', 'valid_from']).execute();

  await db.schema
    .createTable('official')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`title in ('WALI_KOTA','WAKIL_WALI_KOTA')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('account_id', 'bigint', (c) => c.references('account.id').unique())
    .addUniqueConstraint('official_title_uq', ['instansi_id', 'title'])
    .execute();

  // The chain as of `computed_on`; rebuilt for the whole instansi after each organisation change.
  await db.schema
    .createTable('penilai_chain')
    .addColumn('pegawai_id', 'bigint', (c) => c.primaryKey().references('pegawai.id'))
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('opd_id', 'bigint', (c) => c.references('unit_kerja.id'))
    .addColumn('atasan_pegawai_id', 'bigint', (c) => c.references('pegawai.id'))
    .addColumn('penilai_pegawai_id', 'bigint', (c) => c.references('pegawai.id'))
    .addColumn('atasan_penilai_pegawai_id', 'bigint', (c) => c.references('pegawai.id'))
    .addColumn('chain', 'jsonb', (c) => c.notNull())
    .addColumn('complete', 'boolean', (c) => c.notNull())
    .addColumn('computed_on', 'date', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('penilai_chain_atasan_idx').on('penilai_chain').column('atasan_pegawai_id').execute();
  await db.schema.createIndex('penilai_chain_penilai_idx').on('penilai_chain').column('penilai_pegawai_id').execute();
  await db.schema.createIndex('penilai_chain_atasan_penilai_idx').on('penilai_chain').column('atasan_penilai_pegawai_id').execute();
  await db.schema.createIndex('penilai_chain_opd_idx').on('penilai_chain').column('opd_id').execute();
  await db.schema.createIndex('penilai_chain_incomplete_idx').on('penilai_chain').columns(['instansi_id', 'complete']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
