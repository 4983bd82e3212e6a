import { sql, type Kysely } from 'kysely';

/**
 * Organisation integrity (issue #16): a post below Pengawas rates nobody unless BKPSDM records a
 * delegation of authority with its dasar hukum; a head post with a definitive holder takes a Plt
 * only while that holder's absence is recorded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table penilai_delegation (
    id bigint generated always as identity primary key,
    jabatan_id bigint not null references jabatan(id),
    dasar_hukum text not null check (length(trim(dasar_hukum)) >= 5),
    valid_from date not null,
    valid_to date,
    created_by bigint references account(id),
    created_at timestamptz not null default now(),
    constraint penilai_delegation_dates_ck check (valid_to is null or valid_to >= valid_from)
  )`.execute(db);
  await sql`create index penilai_delegation_jabatan_idx on penilai_delegation (jabatan_id, valid_from)`.execute(db);

  await sql`create table holder_absence (
    id bigint generated always as identity primary key,
    pegawai_id bigint not null references pegawai(id),
    reason text not null check (length(trim(reason)) >= 5),
    valid_from date not null,
    valid_to date,
    created_by bigint references account(id),
    created_at timestamptz not null default now(),
    constraint holder_absence_dates_ck check (valid_to is null or valid_to >= valid_from)
  )`.execute(db);
  await sql`create index holder_absence_pegawai_idx on holder_absence (pegawai_id, valid_from)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table holder_absence`.execute(db);
  await sql`drop table penilai_delegation`.execute(db);
}
