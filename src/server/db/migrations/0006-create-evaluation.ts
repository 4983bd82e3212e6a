import { sql, type Kysely } from 'kysely';

/**
 * Evaluation (PermenPANRB 6/2022 stage 3; SE MenPANRB 3/2023; PP 30/2019 Pasal 59): the
 * organisation predikat per unit per period or year, each pegawai's periodic and annual evaluation
 * (penilaian diri, ratings per RHK and overall, predikat, the curve it was finalised under), the
 * keberatan with both sides' statements and the final decision, and the annual result with the
 * angka kredit of a jabatan fungsional. Ratings lock at finalisation here in the database too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const orgPredikat = sql`('ISTIMEWA','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG')`;
  const rating = sql`('DI_ATAS','SESUAI','DI_BAWAH')`;
  const predikat = sql`('SANGAT_BAIK','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG')`;

  // Step 1 of SE 3/2023: set by the leader above the unit; period_id null = the annual predikat.
  await db.schema
    .createTable('org_predikat')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('unit_id', 'bigint', (c) => c.notNull().references('unit_kerja.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period_id', 'bigint', (c) => c.references('period.id'))
    .addColumn('predikat', 'text', (c) => c.notNull().check(sql`predikat in ${orgPredikat}`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('set_by', 'bigint', (c) => c.notNull().references('account.id'))
    .addColumn('set_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create unique index org_predikat_period_uq on org_predikat (unit_id, period_id) where period_id is not null`.execute(db);
  await sql`create unique index org_predikat_year_uq on org_predikat (unit_id, year) where period_id is null`.execute(db);
  await db.schema.createIndex('org_predikat_target_idx').on('org_predikat').columns(['instansi_id', 'year', 'period_id']).execute();

  await db.schema
    .createTable('evaluation')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    .addColumn('skp_id', 'bigint', (c) => c.notNull().references('skp.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('PERIODIK','TAHUNAN')`))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period_id', 'bigint', (c) => c.references('period.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('DRAFT').check(sql`status in ('DRAFT','DINILAI','DIFINALISASI','DITERIMA','KEBERATAN','DIPUTUS')`))
    // Who rates and who decides a keberatan: from the chain while rating, frozen at finalisation.
    // An official (the Wali Kota) is held by account, a pegawai by pegawai id.
    .addColumn('penilai_pegawai_id', 'bigint', (c) => c.references('pegawai.id'))
    .addColumn('penilai_account_id', 'bigint', (c) => c.references('account.id'))
    .addColumn('atasan_penilai_pegawai_id', 'bigint', (c) => c.references('pegawai.id'))
    .addColumn('atasan_penilai_account_id', 'bigint', (c) => c.references('account.id'))
    .addColumn('rating_hasil_kerja', 'text', (c) => c.check(sql`rating_hasil_kerja in ${rating}`))
    .addColumn('rating_perilaku', 'text', (c) => c.check(sql`rating_perilaku in ${rating}`))
    .addColumn('predikat', 'text', (c) => c.check(sql`predikat in ${predikat}`))
    .addColumn('justification_hasil_kerja', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('justification_perilaku', 'text', (c) => c.notNull().defaultTo(''))
    // A unit head's rating hasil kerja is the predikat of the unit they lead (§3.4): which one it was.
    .addColumn('head_unit_id', 'bigint', (c) => c.references('unit_kerja.id'))
    .addColumn('head_org_predikat', 'text', (c) => c.check(sql`head_org_predikat in ${orgPredikat}`))
    .addColumn('rated_at', 'timestamptz')
    .addColumn('rated_by', 'bigint', (c) => c.references('account.id'))
    .addColumn('self_assessed_at', 'timestamptz')
    // The kurva distribusi the group was finalised under, as printed on the document.
    .addColumn('curve_unit_id', 'bigint', (c) => c.references('unit_kerja.id'))
    .addColumn('curve_org_predikat', 'text', (c) => c.check(sql`curve_org_predikat in ${orgPredikat}`))
    .addColumn('curve_enforcement', 'text', (c) => c.check(sql`curve_enforcement in ('soft','hard')`))
    .addColumn('curve_counts', 'jsonb')
    .addColumn('curve_violations', 'jsonb')
    .addColumn('curve_justification', 'text')
    .addColumn('finalised_at', 'timestamptz')
    .addColumn('finalised_by', 'bigint', (c) => c.references('account.id'))
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('evaluation_target_ck', sql`(kind = 'PERIODIK') = (period_id is not null)`)
    .addCheckConstraint('evaluation_rated_ck', sql`status = 'DRAFT' or (rating_hasil_kerja is not null and rating_perilaku is not null and predikat is not null)`)
    .addCheckConstraint('evaluation_finalised_ck', sql`status in ('DRAFT','DINILAI') or finalised_at is not null`)
    .execute();
  await sql`create unique index evaluation_periodic_uq on evaluation (skp_id, period_id) where kind = 'PERIODIK'`.execute(db);
  await sql`create unique index evaluation_annual_uq on evaluation (skp_id) where kind = 'TAHUNAN'`.execute(db);
  await db.schema.createIndex('evaluation_pegawai_idx').on('evaluation').columns(['pegawai_id', 'year']).execute();
  await db.schema.createIndex('evaluation_group_idx').on('evaluation').columns(['instansi_id', 'year', 'kind', 'period_id', 'penilai_pegawai_id']).execute();

  await db.schema
    .createTable('evaluation_rhk_rating')
    .addColumn('evaluation_id', 'bigint', (c) => c.notNull().references('evaluation.id').onDelete('cascade'))
    .addColumn('rhk_id', 'bigint', (c) => c.notNull().references('rhk.id').onDelete('cascade'))
    .addColumn('rating', 'text', (c) => c.notNull().check(sql`rating in ${rating}`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('evaluation_rhk_rating_pk', ['evaluation_id', 'rhk_id'])
    .execute();

  // Penilaian diri: the pegawai's view per RHK and reflection per core value, beside the penilai's form.
  await db.schema
    .createTable('self_assessment_item')
    .addColumn('evaluation_id', 'bigint', (c) => c.notNull().references('evaluation.id').onDelete('cascade'))
    .addColumn('item_kind', 'text', (c) => c.notNull().check(sql`item_kind in ('RHK','PERILAKU')`))
    .addColumn('item_ref', 'text', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.check(sql`rating in ${rating}`))
    .addColumn('reflection', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('self_assessment_item_pk', ['evaluation_id', 'item_kind', 'item_ref'])
    .execute();

  await db.schema
    .createTable('keberatan')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('evaluation_id', 'bigint', (c) => c.notNull().unique().references('evaluation.id'))
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('filed_by', 'bigint', (c) => c.notNull().references('account.id'))
    .addColumn('before_hasil_kerja', 'text', (c) => c.notNull().check(sql`before_hasil_kerja in ${rating}`))
    .addColumn('before_perilaku', 'text', (c) => c.notNull().check(sql`before_perilaku in ${rating}`))
    .addColumn('before_predikat', 'text', (c) => c.notNull().check(sql`before_predikat in ${predikat}`))
    .addColumn('decision', 'text', (c) => c.check(sql`decision in ('UPHELD','CHANGED')`))
    .addColumn('decision_reason', 'text')
    .addColumn('after_hasil_kerja', 'text', (c) => c.check(sql`after_hasil_kerja in ${rating}`))
    .addColumn('after_perilaku', 'text', (c) => c.check(sql`after_perilaku in ${rating}`))
    .addColumn('after_predikat', 'text', (c) => c.check(sql`after_predikat in ${predikat}`))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'bigint', (c) => c.references('account.id'))
    .addCheckConstraint('keberatan_decided_ck', sql`(decision is null) = (decided_at is null) and (decision is null or after_predikat is not null)`)
    .execute();

  await db.schema
    .createTable('keberatan_statement')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('keberatan_id', 'bigint', (c) => c.notNull().references('keberatan.id'))
    .addColumn('author_role', 'text', (c) => c.notNull().check(sql`author_role in ('PEGAWAI','PENILAI','ATASAN_PENILAI')`))
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('account.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('keberatan_statement_idx').on('keberatan_statement').columns(['keberatan_id', 'id']).execute();

  // The predikat of each annual evaluation, kept for history (and the angka kredit of a JF).
  await db.schema
    .createTable('annual_result')
    .addColumn('evaluation_id', 'bigint', (c) => c.primaryKey().references('evaluation.id'))
    .addColumn('instansi_id', 'bigint', (c) => c.notNull().references('instansi.id'))
    .addColumn('pegawai_id', 'bigint', (c) => c.notNull().references('pegawai.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('predikat', 'text', (c) => c.notNull().check(sql`predikat in ${predikat}`))
    .addColumn('jabatan', 'text', (c) => c.notNull())
    .addColumn('jenjang', 'text')
    .addColumn('bulan', 'integer', (c) => c.notNull())
    .addColumn('koefisien', 'numeric')
    .addColumn('angka_kredit', 'numeric')
    .addColumn('decided', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('finalised_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('annual_result_pegawai_idx').on('annual_result').columns(['pegawai_id', 'year']).execute();

  // A penilai's group reads each member's SKP of the year: index the lookup by pegawai.
  await db.schema.createIndex('skp_pegawai_year_idx').on('skp').columns(['pegawai_id', 'year', 'valid_from']).execute();

  await lockAfterFinalisation(db);
}

/**
 * The last line behind the services' own checks: once finalised, no statement of any endpoint
 * (or of a careless script) changes a rating, except the one keberatan decision.
 */
async function lockAfterFinalisation(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function evaluation_lock() returns trigger language plpgsql as $$
    begin
      if old.status in ('DRAFT','DINILAI') then return new; end if;
      if new.status in ('DRAFT','DINILAI') or old.status = 'DIPUTUS' and new.status <> 'DIPUTUS' then
        raise exception 'evaluation % is finalised; it cannot return to %', old.id, new.status using errcode = '55000';
      end if;
      if (new.rating_hasil_kerja, new.rating_perilaku, new.predikat, new.justification_hasil_kerja, new.justification_perilaku)
           is distinct from (old.rating_hasil_kerja, old.rating_perilaku, old.predikat, old.justification_hasil_kerja, old.justification_perilaku)
         and not (old.status = 'KEBERATAN' and new.status = 'DIPUTUS') then
        raise exception 'evaluation % is finalised; its ratings are locked', old.id using errcode = '55000';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger evaluation_lock_trg before update on evaluation for each row execute function evaluation_lock()`.execute(db);

  // Rows of an evaluation's form change only while its status allows: RHK ratings until
  // finalisation, penilaian diri until the penilai rates.
  await sql`
    create function evaluation_item_lock() returns trigger language plpgsql as $$
    declare
      current_status text;
      target_id bigint;
    begin
      if tg_op = 'DELETE' then target_id := old.evaluation_id; else target_id := new.evaluation_id; end if;
      select status into current_status from evaluation where id = target_id;
      if current_status is not null and current_status not in ('DRAFT','DINILAI')
         or tg_table_name = 'self_assessment_item' and current_status = 'DINILAI' then
        raise exception 'evaluation % is %; % cannot change', target_id, current_status, tg_table_name using errcode = '55000';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  for (const table of ['evaluation_rhk_rating', 'self_assessment_item']) {
    await sql`create trigger ${sql.raw(`${table}_lock_trg`)} before insert or update or delete on ${sql.table(table)} for each row execute function evaluation_item_lock()`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only; restore a backup instead.');
}
