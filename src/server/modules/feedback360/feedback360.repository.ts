import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';

const nameOf = (alias: string) =>
  sql<string>`concat_ws(' ', nullif(${sql.ref(`${alias}.gelar_depan`)}, ''), ${sql.ref(`${alias}.name`)}) || coalesce(', ' || nullif(${sql.ref(`${alias}.gelar_belakang`)}, ''), '')`;

/** Pegawai with whether they can sign in to answer (an active account). */
export async function findPegawai(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('pegawai as p')
    .select((eb) => [
      'p.id',
      'p.instansi_id',
      nameOf('p').as('name'),
      eb.exists(eb.selectFrom('account as a').select('a.id').whereRef('a.pegawai_id', '=', 'p.id').where('a.active', '=', true)).as('hasAccount'),
    ])
    .where('p.id', 'in', [...new Set(ids)])
    .execute();
}

export async function findPeriod(db: Executor, periodId: string) {
  return db
    .selectFrom('period as pr')
    .innerJoin('performance_year as y', 'y.id', 'pr.year_id')
    .select(['pr.id', 'pr.name', 'y.instansi_id', 'y.status as yearStatus'])
    .where('pr.id', '=', periodId)
    .executeTakeFirst();
}

export async function findInstansiName(db: Executor, instansiId: string) {
  return (await db.selectFrom('instansi').select('name').where('id', '=', instansiId).executeTakeFirstOrThrow()).name;
}

/** Pegawai already asked about this subject in this period, among `raterIds`. */
export async function findAlreadyAsked(db: Executor, subjectId: string, periodId: string, raterIds: string[]) {
  if (raterIds.length === 0) return [];
  return db
    .selectFrom('feedback360_request as r')
    .innerJoin('pegawai as p', 'p.id', 'r.rater_pegawai_id')
    .select(['p.id', nameOf('p').as('name')])
    .where('r.subject_pegawai_id', '=', subjectId)
    .where('r.period_id', '=', periodId)
    .where('r.rater_pegawai_id', 'in', raterIds)
    .execute();
}

export interface NewRequest {
  instansiId: string;
  subjectId: string;
  periodId: string;
  requestedBy: string;
  relation: string;
  raterPegawaiId: string | null;
  raterLabel: string | null;
  tokenHash: string | null;
}

export async function insertRequest(db: Executor, r: NewRequest, now: Date) {
  const row = await db
    .insertInto('feedback360_request')
    .values({
      instansi_id: r.instansiId,
      subject_pegawai_id: r.subjectId,
      period_id: r.periodId,
      requested_by: r.requestedBy,
      relation: r.relation,
      rater_pegawai_id: r.raterPegawaiId,
      rater_label: r.raterLabel,
      token_hash: r.tokenHash,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function countAsked(db: Executor, subjectId: string, periodId: string) {
  const row = await db
    .selectFrom('feedback360_request')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('subject_pegawai_id', '=', subjectId)
    .where('period_id', '=', periodId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The released answers about one pegawai in these periods, from their own table: no request, no
 * rater, no time (ADR 007). Only released answers ever leave this module.
 */
export async function listReleasedResponses(db: Executor, subjectId: string, periodIds: readonly string[]) {
  if (periodIds.length === 0) return [];
  return db
    .selectFrom('feedback360_response')
    .select(['scores', 'comments'])
    .where('subject_pegawai_id', '=', subjectId)
    .where('period_id', 'in', [...periodIds])
    .where('released', '=', true)
    .orderBy('id')
    .execute();
}

/** Released answers only: a count of all answers would tell, polled, the moment one person answered (ADR 007). */
export async function countReleased(db: Executor, subjectId: string, periodId: string) {
  const row = await db
    .selectFrom('feedback360_response')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('subject_pegawai_id', '=', subjectId)
    .where('period_id', '=', periodId)
    .where('released', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The answers not yet in the aggregate, after locking the subject's requests of the period so concurrent answers queue. */
export async function lockPending(db: Executor, subjectId: string, periodId: string) {
  await db.selectFrom('feedback360_request').select('id').where('subject_pegawai_id', '=', subjectId).where('period_id', '=', periodId).forUpdate().execute();
  return db
    .selectFrom('feedback360_response')
    .select(['id', 'via_link as viaLink'])
    .where('subject_pegawai_id', '=', subjectId)
    .where('period_id', '=', periodId)
    .where('released', '=', false)
    .execute();
}

export async function release(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return;
  await db.updateTable('feedback360_response').set({ released: true }).where('id', 'in', [...ids]).execute();
}

/** Who was asked — never whether or when they answered, nor what (ADR 007). */
export async function listRaters(db: Executor, subjectId: string, periodId: string) {
  return db
    .selectFrom('feedback360_request as r')
    .leftJoin('pegawai as p', 'p.id', 'r.rater_pegawai_id')
    .select(['r.id', 'r.relation', sql<string>`coalesce(case when p.id is null then null else ${nameOf('p')} end, r.rater_label, '')`.as('name')])
    .where('r.subject_pegawai_id', '=', subjectId)
    .where('r.period_id', '=', periodId)
    .orderBy('r.id')
    .execute();
}

/** My requests as a rater: pending first. */
export async function listInbox(db: Executor, raterPegawaiId: string) {
  return db
    .selectFrom('feedback360_request as r')
    .innerJoin('pegawai as s', 's.id', 'r.subject_pegawai_id')
    .innerJoin('period as pr', 'pr.id', 'r.period_id')
    .select(['r.id', 'r.relation', 'r.answered_at', 'pr.name as periodName', nameOf('s').as('subjectName')])
    .where('r.rater_pegawai_id', '=', raterPegawaiId)
    .orderBy(sql`r.answered_at is not null`)
    .orderBy('r.id', 'desc')
    .limit(200)
    .execute();
}

const selectRequest = (db: Executor) =>
  db
    .selectFrom('feedback360_request as r')
    .innerJoin('period as pr', 'pr.id', 'r.period_id')
    .innerJoin('performance_year as y', 'y.id', 'pr.year_id')
    .select(['r.id', 'r.instansi_id', 'r.subject_pegawai_id', 'r.period_id', 'r.rater_pegawai_id', 'r.answered_at', 'pr.name as periodName', 'y.status as yearStatus']);

export async function findRequest(db: Executor, id: string) {
  return selectRequest(db).where('r.id', '=', id).executeTakeFirst();
}

export async function findRequestByTokenHash(db: Executor, tokenHash: string) {
  return selectRequest(db).where('r.token_hash', '=', tokenHash).executeTakeFirst();
}

/** False when it was answered already (by a concurrent answer too): the update is the lock. */
export async function markAnswered(db: Executor, id: string, now: Date) {
  const row = await db.updateTable('feedback360_request').set({ answered_at: now }).where('id', '=', id).where('answered_at', 'is', null).returning('id').executeTakeFirst();
  return row !== undefined;
}

export async function insertResponse(db: Executor, r: { subjectId: string; periodId: string; viaLink: boolean; scores: Record<string, number>; comments: Record<string, string> }) {
  await db
    .insertInto('feedback360_response')
    .values({ subject_pegawai_id: r.subjectId, period_id: r.periodId, via_link: r.viaLink, scores: JSON.stringify(r.scores), comments: JSON.stringify(r.comments) })
    .execute();
}
