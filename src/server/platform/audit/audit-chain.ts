import { createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The fields of an audit row that its hash covers (everything but id and hash itself). */
export interface ChainedFields {
  instansiId: string;
  seq: string;
  at: Date;
  actorAccountId: string | null;
  actorLogin: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  requestId: string | null;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** hash = HMAC(key, prevHash ‖ canonical JSON of the row), timestamps as UTC ISO strings. */
export function chainHash(key: string, fields: ChainedFields): string {
  const { prevHash, ...row } = fields;
  const canonical = canonicalJson({ ...row, at: row.at.toISOString() });
  return createHmac('sha256', key).update(prevHash).update(canonical).digest('hex');
}
