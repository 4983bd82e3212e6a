import type { Trx } from '../db/transaction';
import type { Clock } from '../clock';
import { canonicalJson } from './canonical-json';
import { chainHash, GENESIS_HASH } from './audit-chain';
import { findChainHead, insertAuditRow, lockChain } from './audit.repository';

/** Who did it, from where: taken from the request (or the CLI) by the caller. */
export interface AuditActor {
  instansiId: string;
  accountId: string | null;
  login: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Appends to the per-instansi HMAC chain inside the caller's transaction, so an audit row exists
 * exactly when the change it records does.
 */
export class AuditLog {
  constructor(
    private readonly key: string,
    private readonly clock: Clock,
  ) {}

  async append(trx: Trx, actor: AuditActor, event: AuditEvent): Promise<void> {
    await lockChain(trx, actor.instansiId);
    const head = await findChainHead(trx, actor.instansiId);
    // Round-trip through canonical JSON so the hashed data is exactly what jsonb will return.
    const data = JSON.parse(canonicalJson(event.data ?? {})) as Record<string, unknown>;
    const fields = {
      instansiId: actor.instansiId,
      seq: String(head ? BigInt(head.seq) + 1n : 1n),
      at: this.clock.now(),
      actorAccountId: actor.accountId,
      actorLogin: actor.login,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      data,
      ip: actor.ip,
      requestId: actor.requestId,
      prevHash: head?.hash ?? GENESIS_HASH,
    };
    await insertAuditRow(trx, {
      instansi_id: fields.instansiId,
      seq: fields.seq,
      at: fields.at,
      actor_account_id: fields.actorAccountId,
      actor_login: fields.actorLogin,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      data: JSON.stringify(data),
      ip: fields.ip,
      request_id: fields.requestId,
      prev_hash: fields.prevHash,
      hash: chainHash(this.key, fields),
    });
  }
}
