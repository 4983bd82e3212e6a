import { sql, type Kysely } from 'kysely';

/**
 * 360 answers lose the link to the request (and so to the rater): a random id, whether it came by a
 * service-user link, and whether it has been released into the aggregate (ADR 007). IKM answers get
 * the respondent's device token (one answer per unit per period) and a burst flag that keeps them
 * out of service-fed indicators until BKPSDM accepts them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table feedback360_response add column id uuid not null default gen_random_uuid()`.execute(db);
  await sql`alter table feedback360_response add column via_link boolean not null default false`.execute(db);
  await sql`alter table feedback360_response add column released boolean not null default false`.execute(db);
  await sql`update feedback360_response a set via_link = (r.rater_pegawai_id is null) from feedback360_request r where r.id = a.request_id`.execute(db);
  // What was already visible stays visible: periods with three colleagues or more are released as one step.
  await sql`update feedback360_response a set released = true
    where (select count(*) from feedback360_response b where b.subject_pegawai_id = a.subject_pegawai_id and b.period_id = a.period_id and not b.via_link) >= 3`.execute(db);
  await sql`alter table feedback360_response drop column request_id`.execute(db);
  await sql`alter table feedback360_response add primary key (id)`.execute(db);

  await sql`create table ikm_burst (
    id bigint generated always as identity primary key,
    instansi_id bigint not null references instansi(id),
    service_unit_id bigint not null references service_unit(id),
    first_at timestamptz not null,
    last_at timestamptz not null,
    reason text not null,
    status text not null default 'PENDING' check (status in ('PENDING','ACCEPTED','REJECTED')),
    decided_by bigint references account(id),
    decided_at timestamptz,
    decision_note text
  )`.execute(db);
  await sql`create index ikm_burst_unit_idx on ikm_burst (service_unit_id, status)`.execute(db);
  await sql`alter table ikm_response add column respondent_hash text`.execute(db);
  await sql`alter table ikm_response add column period_key text`.execute(db);
  await sql`alter table ikm_response add column burst_id bigint references ikm_burst(id)`.execute(db);
  await sql`create unique index ikm_response_respondent_uq on ikm_response (service_unit_id, period_key, respondent_hash) where respondent_hash is not null`.execute(db);
  // Service-fed sums skip held bursts; keep them index-only scans (migration 0008).
  await sql`drop index ikm_response_unit_idx`.execute(db);
  await sql`create index ikm_response_unit_idx on ikm_response (service_unit_id, submitted_on) include (u1, u2, u3, u4, u5, u6, u7, u8, u9, burst_id)`.execute(db);
  await sql`create index ikm_response_address_idx on ikm_response (service_unit_id, ip_hash, submitted_at)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
