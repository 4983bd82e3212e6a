import type { Executor } from '../../platform/db/transaction';
import { countedResponse } from './ikm-burst.repository';

const unsurColumns = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;

export async function insertResponse(
  db: Executor,
  row: {
    instansi_id: string;
    service_unit_id: string;
    submitted_at: Date;
    submitted_on: string;
    scores: readonly number[];
    comment: string | null;
    ip_hash: string | null;
    respondent_hash: string | null;
    period_key: string | null;
  },
) {
  const { scores, ...rest } = row;
  const values = Object.fromEntries(unsurColumns.map((column, i) => [column, scores[i]!])) as Record<(typeof unsurColumns)[number], number>;
  await db.insertInto('ikm_response').values({ ...rest, ...values }).execute();
}

/** This respondent's answer to the unit in the period, if any (one each; a unique index backs it). */
export async function findByRespondent(db: Executor, serviceUnitId: string, periodKey: string, respondentHash: string) {
  return db
    .selectFrom('ikm_response')
    .select('id')
    .where('service_unit_id', '=', serviceUnitId)
    .where('period_key', '=', periodKey)
    .where('respondent_hash', '=', respondentHash)
    .executeTakeFirst();
}

/** The same answers from the same address since `since`: a double submission. */
export async function findRecentSame(db: Executor, serviceUnitId: string, ipHash: string, scores: readonly number[], comment: string | null, since: Date) {
  let query = db
    .selectFrom('ikm_response')
    .select(['id', 'submitted_at'])
    .where('service_unit_id', '=', serviceUnitId)
    .where('ip_hash', '=', ipHash)
    .where('submitted_at', '>=', since)
    .where('comment', comment === null ? 'is' : '=', comment);
  unsurColumns.forEach((column, i) => {
    query = query.where(column, '=', scores[i]!);
  });
  return query.executeTakeFirst();
}

/** Every counted response of a unit within the dates, in submission order (the report's per-respondent sheet). */
export async function listResponseScores(db: Executor, serviceUnitId: string, from: string, to: string) {
  const rows = await db
    .selectFrom('ikm_response as r')
    .select(unsurColumns)
    .where('service_unit_id', '=', serviceUnitId)
    .where(countedResponse('r'))
    .where('submitted_on', '>=', from)
    .where('submitted_on', '<=', to)
    .orderBy('id')
    .execute();
  return rows.map((row) => unsurColumns.map((column) => row[column]));
}
