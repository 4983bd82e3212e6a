import type { Insertable } from 'kysely';
import type { EvidenceTable } from '../../db/schema-execution';
import type { Executor } from '../../platform/db/transaction';

const columns = ['e.id', 'e.skp_id', 'e.iki_id', 'e.period_id', 'e.kind', 'e.title', 'e.url', 'e.storage_key', 'e.file_name', 'e.content_type', 'e.size_bytes', 'e.status', 'e.review_reason', 'e.reviewed_at', 'e.uploaded_by', 'e.created_at', 'a.name as reviewerName'] as const;

export async function listEvidence(db: Executor, skpId: string, periodId?: string) {
  let query = db.selectFrom('evidence as e').leftJoin('account as a', 'a.id', 'e.reviewed_by').select(columns).where('e.skp_id', '=', skpId);
  if (periodId) query = query.where('e.period_id', '=', periodId);
  return query.orderBy('e.id').execute();
}
export type EvidenceRow = Awaited<ReturnType<typeof listEvidence>>[number];

export async function findEvidence(db: Executor, id: string) {
  return db.selectFrom('evidence as e').leftJoin('account as a', 'a.id', 'e.reviewed_by').select(columns).where('e.id', '=', id).executeTakeFirst();
}

export async function insertEvidence(db: Executor, row: Insertable<EvidenceTable>) {
  return (await db.insertInto('evidence').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function reviewEvidence(db: Executor, id: string, review: { status: string; review_reason: string | null; reviewed_by: string; reviewed_at: Date }) {
  await db.updateTable('evidence').set(review).where('id', '=', id).execute();
}

export async function deleteEvidence(db: Executor, id: string) {
  await db.deleteFrom('evidence').where('id', '=', id).execute();
}

/** Pending evidence per SKP for a period (the atasan's review queue). */
export async function countPending(db: Executor, skpIds: readonly string[], periodId: string) {
  if (skpIds.length === 0) return [];
  return db
    .selectFrom('evidence')
    .select((eb) => ['skp_id', eb.fn.countAll<string>().as('n')])
    .where('skp_id', 'in', skpIds)
    .where('period_id', '=', periodId)
    .where('status', '=', 'PENDING')
    .groupBy('skp_id')
    .execute();
}
