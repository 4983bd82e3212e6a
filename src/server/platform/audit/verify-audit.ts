import type { Kysely } from 'kysely';
import type { AuditLogRow, Database } from '../../db/schema';
import { chainHash, GENESIS_HASH } from './audit-chain';
import { listInstansiIds } from '../instansi.repository';
import { chainBatch } from './audit.repository';

export interface ChainBreak {
  instansiId: string;
  id: string;
  seq: string;
  reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'sequence-gap';
}

export interface VerifyResult {
  ok: boolean;
  rowsChecked: number;
  firstBreak: ChainBreak | null;
}

const BATCH = 1000;

/** Walks every instansi's chain in seq order and names the first row whose link does not hold. */
export async function verifyAuditChain(
  db: Kysely<Database>,
  key: string,
  onProgress?: (rowsChecked: number) => void,
): Promise<VerifyResult> {
  let rowsChecked = 0;
  for (const instansiId of await listInstansiIds(db)) {
    let expectedSeq = 1n;
    let prevHash = GENESIS_HASH;
    let afterSeq = '0';
    for (;;) {
      const rows = await chainBatch(db, instansiId, afterSeq, BATCH);
      for (const row of rows) {
        const reason = checkLink(row, key, expectedSeq, prevHash);
        if (reason) return { ok: false, rowsChecked, firstBreak: { instansiId, id: row.id, seq: row.seq, reason } };
        rowsChecked++;
        expectedSeq++;
        prevHash = row.hash;
        afterSeq = row.seq;
      }
      onProgress?.(rowsChecked);
      if (rows.length < BATCH) break;
    }
  }
  return { ok: true, rowsChecked, firstBreak: null };
}

function checkLink(row: AuditLogRow, key: string, expectedSeq: bigint, prevHash: string): ChainBreak['reason'] | null {
  if (BigInt(row.seq) !== expectedSeq) return 'sequence-gap';
  if (row.prev_hash !== prevHash) return 'prev-hash-mismatch';
  const recomputed = chainHash(key, {
    instansiId: row.instansi_id,
    seq: row.seq,
    at: row.at,
    actorAccountId: row.actor_account_id,
    actorLogin: row.actor_login,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    data: row.data,
    ip: row.ip,
    requestId: row.request_id,
    prevHash: row.prev_hash,
  });
  return recomputed === row.hash ? null : 'hash-mismatch';
}
