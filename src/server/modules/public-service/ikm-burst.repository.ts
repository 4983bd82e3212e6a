import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';

export async function lockServiceUnit(db: Executor, serviceUnitId: string) {
  await db.selectFrom('service_unit').select('id').where('id', '=', serviceUnitId).forUpdate().execute();
}

/** Survey-page answers of a unit since `since` (rows loaded otherwise carry no token): all, and those from one address. */
export async function countRecent(db: Executor, serviceUnitId: string, ipHash: string, since: Date) {
  const row = await db
    .selectFrom('ikm_response')
    .select([sql<number>`count(*)::int`.as('all'), sql<number>`count(*) filter (where ip_hash = ${ipHash})::int`.as('sameAddress')])
    .where('service_unit_id', '=', serviceUnitId)
    .where('submitted_at', '>=', since)
    .where('respondent_hash', 'is not', null)
    .executeTakeFirstOrThrow();
  return row;
}

/** The unit's burst still being flagged (pending, its last answer within `since`), locked. */
export async function findOpenBurst(db: Executor, serviceUnitId: string, since: Date) {
  return db
    .selectFrom('ikm_burst')
    .select(['id'])
    .where('service_unit_id', '=', serviceUnitId)
    .where('status', '=', 'PENDING')
    .where('last_at', '>=', since)
    .orderBy('id', 'desc')
    .forUpdate()
    .executeTakeFirst();
}

export async function insertBurst(db: Executor, row: { instansi_id: string; service_unit_id: string; first_at: Date; last_at: Date; reason: string }) {
  return (await db.insertInto('ikm_burst').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Puts the unflagged survey-page answers since `since` (from one address, or all) into the burst. */
export async function attachToBurst(db: Executor, burstId: string, serviceUnitId: string, since: Date, now: Date, ipHash: string | null) {
  let query = db
    .updateTable('ikm_response')
    .set({ burst_id: burstId })
    .where('service_unit_id', '=', serviceUnitId)
    .where('burst_id', 'is', null)
    .where('respondent_hash', 'is not', null)
    .where('submitted_at', '>=', since);
  if (ipHash) query = query.where('ip_hash', '=', ipHash);
  await query.execute();
  await db
    .updateTable('ikm_burst')
    .set({ last_at: now, first_at: sql`(select min(submitted_at) from ikm_response where burst_id = ${burstId})` })
    .where('id', '=', burstId)
    .execute();
}

/** The unit's bursts whose answers fall in the dates, newest first, with how many answers each holds. */
export async function listBursts(db: Executor, serviceUnitId: string, from: string, to: string) {
  return db
    .selectFrom('ikm_burst as b')
    .select((eb) => [
      'b.id',
      'b.first_at',
      'b.last_at',
      'b.reason',
      'b.status',
      'b.decided_at',
      'b.decision_note',
      eb.selectFrom('ikm_response as r').select(sql<number>`count(*)::int`.as('n')).whereRef('r.burst_id', '=', 'b.id').as('responses'),
    ])
    .where('b.service_unit_id', '=', serviceUnitId)
    .where(sql<boolean>`exists (select 1 from ikm_response r where r.burst_id = b.id and r.submitted_on between ${from}::date and ${to}::date)`)
    .orderBy('b.id', 'desc')
    .execute();
}

export async function findBurst(db: Executor, burstId: string) {
  return db.selectFrom('ikm_burst').selectAll().where('id', '=', burstId).forUpdate().executeTakeFirst();
}

export async function decideBurst(db: Executor, burstId: string, row: { status: 'ACCEPTED' | 'REJECTED'; decided_by: string; decided_at: Date; decision_note: string }) {
  await db.updateTable('ikm_burst').set(row).where('id', '=', burstId).execute();
}

/** Only answers outside a burst, or in one BKPSDM accepted, count (issue #16 point 11). */
export const countedResponse = (alias: string) =>
  sql<boolean>`(${sql.ref(`${alias}.burst_id`)} is null or exists (select 1 from ikm_burst b where b.id = ${sql.ref(`${alias}.burst_id`)} and b.status = 'ACCEPTED'))`;
