import { sql } from 'kysely';
import type { AuditLogRow } from '../../db/schema';
import type { Executor, Trx } from '../db/transaction';

const AUDIT_LOCK_SPACE = 7301;

/** Serialises appends per instansi so two transactions never take the same seq. */
export async function lockChain(trx: Trx, instansiId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_SPACE}, ${Number(instansiId)}::int)`.execute(trx);
}

export async function findChainHead(trx: Executor, instansiId: string) {
  return trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('instansi_id', '=', instansiId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertAuditRow(trx: Executor, row: Omit<AuditLogRow, 'id' | 'data'> & { data: string }) {
  await trx.insertInto('audit_log').values(row).execute();
}

/** One batch of the chain in seq order, after `afterSeq` (keyset, so verify streams any size). */
export async function chainBatch(db: Executor, instansiId: string, afterSeq: string, limit: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}
