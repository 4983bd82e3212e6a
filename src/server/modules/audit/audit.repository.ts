import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';

export interface AuditFilter {
  instansiId: string;
  action?: string;
  actor?: string;
  entityType?: string;
  from?: Date;
  to?: Date;
  beforeId: string | null;
  limit: number;
  /** The reader's own pegawai: 360 rows about them (who was asked, when answers came) are not theirs to read. */
  readerPegawaiId: string | null;
}

/** 360 answers never name their rater; rows written before ADR 007 did, so they are never matched by actor. */
export const FEEDBACK360_ANSWER_ACTIONS = 'feedback360.answered%';

/** Newest first, keyset on id; every filter is served by (instansi_id, …, id desc) indexes. */
export async function listAuditEntries(db: Executor, f: AuditFilter) {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'seq', 'at', 'actor_login', 'action', 'entity_type', 'entity_id', 'data', 'ip', 'request_id'])
    .where('instansi_id', '=', f.instansiId);
  if (f.action) query = query.where('action', 'like', `${f.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.actor) query = query.where('actor_login', '=', f.actor).where('action', 'not like', FEEDBACK360_ANSWER_ACTIONS);
  if (f.readerPegawaiId) {
    const me = f.readerPegawaiId;
    query = query.where(sql<boolean>`not (action like 'feedback360.%' and ${me} in (coalesce(entity_id, ''), coalesce(data->>'subjectPegawaiId', '')))`);
  }
  if (f.entityType) query = query.where('entity_type', '=', f.entityType);
  if (f.from) query = query.where('at', '>=', f.from);
  if (f.to) query = query.where('at', '<', f.to);
  if (f.beforeId) query = query.where('id', '<', f.beforeId);
  return query.orderBy('id', 'desc').limit(f.limit + 1).execute();
}
