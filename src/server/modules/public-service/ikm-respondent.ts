import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction';

/**
 * The survey page asks once for a respondent token and keeps it on the device; the server signs
 * it, so a script cannot mint its own, and issuing is limited per address. One answer per token
 * per unit per period (a unique index); the token itself is never stored, only its hash.
 */
const sign = (key: string, id: string) => createHmac('sha256', key).update(`ikm-respondent:${id}`).digest('base64url');

export function issueRespondentToken(key: string): string {
  const id = randomBytes(18).toString('base64url');
  return `${id}.${sign(key, id)}`;
}

/** The stored key of a genuine token, or null for a forged or malformed one. */
export function respondentHash(key: string, token: string): string | null {
  const [id, signature, ...rest] = token.split('.');
  if (!id || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(key, id));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return createHash('sha256').update(`ikm-respondent:${id}`).digest('hex').slice(0, 40);
}

/** The performance period the day falls in, or its calendar quarter where none is set up. */
export async function periodKeyOn(db: Executor, instansiId: string, day: string): Promise<string> {
  const row = await db
    .selectFrom('period as p')
    .innerJoin('performance_year as y', 'y.id', 'p.year_id')
    .select('p.id')
    .where('y.instansi_id', '=', instansiId)
    .where('p.starts_on', '<=', day)
    .where('p.ends_on', '>=', day)
    .orderBy(sql`p.ends_on - p.starts_on`)
    .executeTakeFirst();
  return row ? `period:${row.id}` : `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}
