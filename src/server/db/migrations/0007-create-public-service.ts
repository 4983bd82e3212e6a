import { sql, type Kysely } from 'kysely';

/**
 * Public service quality (issue #7): service units (a puskesmas, a kelurahan office, a school, a
 * counter) with the pegawai who serve there; complaints with their SP4N-LAPOR! deadlines and
 * history; IKM survey responses; the holiday calendar of each instansi that working-day deadlines
 * skip; and the IKI columns that make an indicator service-fed (computed, not typed).
 * Sized for a city's year: tens of thousands of complaints, a hundred thousand responses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_unit')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('opd_id', 'bigint', (c) => c.notNull().references('unit_kerja.id'))
    .addColumn('unit_id', 'bigint', (c) => c.notNull().references('unit_kerja.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // The public page and its QR code: /layanan/<slug>. Unique across instansi, so the URL alone finds the unit.
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('address', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('service_unit_opd_idx').on('service_unit').columns(['instansi_id', 'opd_id']).execute();
  await db.schema.createIndex('service_unit_unit_idx').on('service_unit').column('unit_id').execute();

  await db.schema
    .createTable('service_unit_member')
    .addColumn('service_unit_id', 'bigint', (c) => c.notNull().references('service_unit.id').onDelete('cascade'))
    .addColumn('pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    // KOORDINATOR dispatches complaints like the head; PETUGAS answers those assigned to them.
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('PETUGAS').check(sql`role in ('PETUGAS','KOORDINATOR')`))
    .addPrimaryKeyConstraint('service_unit_member_pk', ['service_unit_id', 'pegawai_id'])
    .execute();
  await db.schema.createIndex('service_unit_member_pegawai_idx').on('service_unit_member').column('pegawai_id').execute();

  await db.schema
    .createTable('complaint')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('service_unit_id', 'bigint', (c) => c.notNull().references('service_unit.id'))
    // 10 characters of Crockford base32 from a CSPRNG: the citizen's only key to the status page.
    .addColumn('ticket', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('INFORMASI','KELUHAN','SENGKETA','PEMERIKSAAN_LAPANGAN')`))
    .addColumn('description', 'text', (c) => c.notNull())
    // Personal data: shown only to the handling unit, never on a public page.
    .addColumn('complainant_name', 'text')
    .addColumn('complainant_phone', 'text')
    .addColumn('complainant_email', 'text')
    .addColumn('photo_key', 'text')
    .addColumn('photo_content_type', 'text')
    .addColumn('photo_size', 'bigint')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('DITERIMA').check(sql`status in ('DITERIMA','DIDISPOSISIKAN','DITANGGAPI','SELESAI','DITOLAK')`))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    // The WIB date of receipt: what puts a complaint in a period.
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('first_response_due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('resolution_due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('assigned_pegawai_id', 'bigint', (c) => c.references('pegawai.id'))
    .addColumn('assigned_at', 'timestamptz')
    .addColumn('first_response_at', 'timestamptz')
    // Service days to the first response, in the instansi's day kind at that moment (for averages in SQL).
    .addColumn('first_response_days', 'integer')
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('rejection_reason', 'text')
    // 1: the head was told the first response is overdue; 2: the resolution is overdue.
    .addColumn('escalation_level', 'smallint', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicate_of', 'bigint', (c) => c.references('complaint.id'))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('ip_hash', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('complaint_rejection_ck', sql`status <> 'DITOLAK' or rejection_reason is not null`)
    .execute();
  // Indicators and the dashboard: per unit per period; the inbox: newest first.
  await db.schema.createIndex('complaint_unit_received_idx').on('complaint').columns(['service_unit_id', 'received_on']).execute();
  await db.schema.createIndex('complaint_inbox_idx').on('complaint').columns(['service_unit_id', 'received_at', 'id']).execute();
  await db.schema.createIndex('complaint_assignee_idx').on('complaint').columns(['assigned_pegawai_id', 'received_at']).execute();
  await db.schema.createIndex('complaint_duplicate_idx').on('complaint').columns(['service_unit_id', 'content_hash', 'received_at']).execute();
  // The escalation job reads only open complaints.
  await sql`create index complaint_open_idx on complaint (resolution_due_at) where status not in ('SELESAI','DITOLAK')`.execute(db);

  await db.schema
    .createTable('complaint_event')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('complaint_id', 'bigint', (c) => c.notNull().references('complaint.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('RECEIVED','ASSIGNED','RESPONDED','RESOLVED','REJECTED','ESCALATED')`))
    .addColumn('status', 'text', (c) => c.notNull())
    // Answers and rejection reasons are public (the status page shows them); dispatch notes are not.
    .addColumn('text', 'text')
    .addColumn('public', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('actor_account_id', 'bigint', (c) => c.references('account.id'))
    .addColumn('actor_pegawai_id', 'bigint', (c) => c.references('pegawai.id'))
    .execute();
  await db.schema.createIndex('complaint_event_complaint_idx').on('complaint_event').columns(['complaint_id', 'id']).execute();

  await db.schema
    .createTable('ikm_response')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('service_unit_id', 'bigint', (c) => c.notNull().references('service_unit.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('submitted_on', 'date', (c) => c.notNull())
    // U1…U9 in the regulation's order (PermenPANRB 14/2017), each 1–4.
    .addColumn('u1', 'smallint', (c) => c.notNull())
    .addColumn('u2', 'smallint', (c) => c.notNull())
    .addColumn('u3', 'smallint', (c) => c.notNull())
    .addColumn('u4', 'smallint', (c) => c.notNull())
    .addColumn('u5', 'smallint', (c) => c.notNull())
    .addColumn('u6', 'smallint', (c) => c.notNull())
    .addColumn('u7', 'smallint', (c) => c.notNull())
    .addColumn('u8', 'smallint', (c) => c.notNull())
    .addColumn('u9', 'smallint', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('ip_hash', 'text')
    .addCheckConstraint('ikm_response_scores_ck', sql`least(u1,u2,u3,u4,u5,u6,u7,u8,u9) >= 1 and greatest(u1,u2,u3,u4,u5,u6,u7,u8,u9) <= 4`)
    .execute();
  await db.schema.createIndex('ikm_response_unit_idx').on('ikm_response').columns(['service_unit_id', 'submitted_on']).execute();

  await db.schema
    .createTable('holiday')
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('LIBUR_NASIONAL','CUTI_BERSAMA','LIBUR_DAERAH')`))
    .addPrimaryKeyConstraint('holiday_pk', ['instansi_id', 'date'])
    .execute();

  // A service-fed IKI takes its realisation from a service unit's data instead of what is typed.
  await db.schema
    .alterTable('iki')
    .addColumn('source_kind', 'text', (c) => c.check(sql`source_kind in ('IKM_INDEX','COMPLAINTS_ON_TIME_PCT','FIRST_RESPONSE_AVG_DAYS')`))
    .addColumn('source_unit_id', 'bigint', (c) => c.references('service_unit.id'))
    .execute();
  await sql`alter table iki add constraint iki_source_ck check ((source_kind is null) = (source_unit_id is null))`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
