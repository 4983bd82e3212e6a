/**
 * Child process of the bench: `tsx bench/public-service-setup.ts` fills the stopped database with a
 * city's year of public-service data — 100 service units, 50,000 complaints and 100,000 IKM
 * responses spread over the year so far — and gives the demo Kepala Dinas Kesehatan's SKP an RHK
 * with 300 service-fed IKI (each unit × the three sources). Set-based SQL in one transaction, no
 * audit rows. Then it times the recomputation of those 300 IKI for every period of the year in
 * process (the function the realisation screens call) and prints one JSON line.
 */
import { sql } from 'kysely';
import { withDatabase } from '../src/cli/context';
import { demoLogins } from '../src/server/seed/demo-accounts';
import { computeServiceFed } from '../src/server/modules/public-service';
import { todayInSolok } from '../src/server/platform/calendar';
import { systemClock } from '../src/server/platform/clock';
import { inTransaction, type Trx } from '../src/server/platform/db/transaction';

export const BENCH_UNITS = 100;
export const BENCH_COMPLAINTS = 50_000;
export const BENCH_RESPONSES = 100_000;
const RECOMPUTE_RUNS = 5;

export interface PublicServiceFixture {
  units: number;
  complaints: number;
  responses: number;
  serviceFedIki: number;
  year: number;
  skpId: string;
  periodId: string;
  periodName: string;
  /** A unit with its share of the complaints, for the inbox and IKM rows. */
  serviceUnitId: string;
  setupSeconds: number;
  /** computeServiceFed for every service-fed IKI × every period of the year, in milliseconds per run. */
  recomputeMs: number[];
  /** The same after VACUUM ANALYZE of the two tables. */
  recomputeAfterVacuumMs: number[];
}

const started = performance.now();
const today = todayInSolok(systemClock);
const year = Number(today.slice(0, 4));

const fixture = await withDatabase({ seed: false }, async ({ database }) => {
  const filled = await inTransaction(database.db, (trx) => fill(trx));
  const setupSeconds = (performance.now() - started) / 1000;
  const indicators = await database.db.selectFrom('iki').select(['id', 'source_kind', 'source_unit_id']).where('rhk_id', '=', filled.rhkId).execute();
  const periods = await database.db.selectFrom('period as p').innerJoin('performance_year as y', 'y.id', 'p.year_id').select(['p.id', 'p.name', 'p.starts_on', 'p.ends_on']).where('y.year', '=', year).orderBy('p.seq').execute();
  const timeRuns = async () => {
    const ms: number[] = [];
    for (let run = 0; run < RECOMPUTE_RUNS; run += 1) {
      const t0 = performance.now();
      const values = await computeServiceFed(database.db, indicators, periods, new Date());
      ms.push(performance.now() - t0);
      if (values.size !== indicators.length * periods.length) throw new Error(`expected ${indicators.length * periods.length} values, got ${values.size}`);
    }
    return ms;
  };
  const recomputeMs = await timeRuns();
  // Fresh rows have no visibility map yet, so the covering indexes still visit the heap; after a
  // VACUUM (autovacuum on PostgreSQL; nothing on PGlite) the counts become index-only scans.
  await sql`vacuum analyze complaint`.execute(database.db);
  await sql`vacuum analyze ikm_response`.execute(database.db);
  const recomputeAfterVacuumMs = await timeRuns();
  return { ...filled, serviceFedIki: indicators.length, setupSeconds, recomputeMs, recomputeAfterVacuumMs };
});
const { rhkId: _rhkId, ...result } = fixture;
console.log(JSON.stringify(result));
process.exit(0);

async function fill(trx: Trx) {
  const kadinkes = await trx
    .selectFrom('skp as s')
    .innerJoin('pegawai as p', 'p.id', 's.pegawai_id')
    .select(['s.id', 's.instansi_id'])
    .where('p.nip', '=', demoLogins.kadinkes)
    .where('s.year', '=', year)
    .where('s.valid_to', 'is', null)
    .executeTakeFirst();
  if (!kadinkes) throw new Error(`the demo Kepala Dinas Kesehatan has no SKP for ${year}: seed the demo first`);
  const instansiId = kadinkes.instansi_id;
  const periods = await trx.selectFrom('period as p').innerJoin('performance_year as y', 'y.id', 'p.year_id').select(['p.id', 'p.name', 'p.starts_on']).where('y.year', '=', year).orderBy('p.seq').execute();
  const current = [...periods].reverse().find((p) => p.starts_on <= today) ?? periods[0];
  if (!current) throw new Error(`no periods in ${year}`);

  // 100 units on the demo's unit kerja (any kind: the bench is about volume, not realism).
  await sql`
    insert into service_unit (instansi_id, opd_id, unit_id, name, slug)
    select u.instansi_id, u.opd_id, u.id, 'Unit Bench ' || lpad(n::text, 3, '0'), 'bench-unit-' || lpad(n::text, 3, '0')
      from (select u.*, row_number() over (order by u.id) as n from unit_kerja u where u.instansi_id = ${instansiId} and u.opd_id is not null and u.active) u
     where n <= ${BENCH_UNITS}`.execute(trx);
  const units = (await trx.selectFrom('service_unit').select('id').where('slug', 'like', 'bench-unit-%').orderBy('id').execute()).map((u) => u.id);
  if (units.length < BENCH_UNITS) throw new Error(`only ${units.length} unit kerja to put service units on`);

  // Complaints over the year so far: one in ten still open, one in ten answered late.
  const hours = Math.max(24, Math.floor((Date.parse(today) - Date.parse(`${year}-01-01`)) / 3_600_000));
  await sql`
    with c as (
      select g, (${units}::bigint[])[1 + g % ${BENCH_UNITS}] as unit_id,
             ${`${year}-01-01T01:00:00Z`}::timestamptz + ((g::bigint * 7919) % ${hours}) * interval '1 hour' as received_at,
             (array['KELUHAN','INFORMASI','KELUHAN','SENGKETA','KELUHAN','INFORMASI','PEMERIKSAAN_LAPANGAN'])[1 + g % 7] as category,
             g % 10 as fate
        from generate_series(1, ${BENCH_COMPLAINTS}) as g
    ), d as (
      select c.*, received_at + interval '3 days' as fr_due,
             received_at + (case category when 'SENGKETA' then 14 when 'PEMERIKSAAN_LAPANGAN' then 60 else 5 end) * interval '1 day' as res_due
        from c
    ), o as (
      select d.*,
             case when fate = 0 then null when fate = 1 then received_at + interval '4 days' else received_at + interval '20 hours' end as responded,
             case when fate = 0 then null when fate = 1 then res_due + interval '2 days' else received_at + interval '2 days' end as resolved
        from d
    )
    insert into complaint (instansi_id, service_unit_id, ticket, category, description, status, received_at, received_on, first_response_due_at, resolution_due_at,
                           first_response_at, first_response_days, resolved_at, escalation_level, content_hash, updated_at)
    select ${instansiId}, unit_id, 'Z' || upper(lpad(to_hex(g), 9, '0')), category, 'Pengaduan bench nomor ' || g,
           case when resolved is not null and resolved <= now() then 'SELESAI' when responded is not null and responded <= now() then 'DITANGGAPI' else 'DITERIMA' end,
           received_at, ((received_at at time zone 'UTC') + interval '7 hours')::date, fr_due, res_due,
           case when responded <= now() then responded end,
           case when responded <= now() then (case when fate = 1 then 4 else 1 end) end,
           case when resolved <= now() then resolved end,
           2, md5(g::text), received_at
      from o`.execute(trx);

  await sql`
    insert into ikm_response (instansi_id, service_unit_id, submitted_at, submitted_on, u1, u2, u3, u4, u5, u6, u7, u8, u9)
    select ${instansiId}, (${units}::bigint[])[1 + g % ${BENCH_UNITS}], ts, ((ts at time zone 'UTC') + interval '7 hours')::date,
           2 + (g % 3), 2 + ((g / 3) % 3), 1 + (g % 4), 3 + (g % 2), 2 + ((g / 7) % 3), 3 + ((g / 2) % 2), 2 + ((g / 5) % 3), 2 + ((g / 11) % 3), 1 + ((g / 13) % 4)
      from (select g, ${`${year}-01-01T02:00:00Z`}::timestamptz + ((g::bigint * 104729) % ${hours}) * interval '1 hour' as ts from generate_series(1, ${BENCH_RESPONSES}) as g) r`.execute(trx);

  // 300 service-fed IKI on one RHK of the demo Kepala Dinas Kesehatan: opening his period recomputes them all.
  const rhk = await trx.insertInto('rhk').values({ skp_id: kadinkes.id, jenis: 'TAMBAHAN', text: 'Bench: mutu layanan 100 unit', position: 99 }).returning('id').executeTakeFirstOrThrow();
  await sql`
    insert into iki (rhk_id, aspek, indicator, target_value, satuan, direction, position, source_kind, source_unit_id)
    select ${rhk.id}, 'KUALITAS', k.label || ' — ' || s.name, k.target, k.satuan, k.direction, row_number() over (order by s.id, k.n), k.kind, s.id
      from service_unit s
     cross join (values (1, 'IKM_INDEX', 'IKM', 88.31, 'Indeks', 'HIGHER'), (2, 'COMPLAINTS_ON_TIME_PCT', 'Pengaduan tepat waktu', 90, '%', 'HIGHER'), (3, 'FIRST_RESPONSE_AVG_DAYS', 'Tanggapan pertama', 2, 'Hari', 'LOWER'))
           as k(n, kind, label, target, satuan, direction)
     where s.slug like 'bench-unit-%'`.execute(trx);

  return { units: units.length, complaints: BENCH_COMPLAINTS, responses: BENCH_RESPONSES, year, skpId: kadinkes.id, periodId: current.id, periodName: current.name, serviceUnitId: units[0]!, rhkId: rhk.id };
}
