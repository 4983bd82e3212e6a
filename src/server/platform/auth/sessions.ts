import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../../shared/roles';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import type { Executor } from '../db/transaction';
import { deleteSession, extendSession, findSessionWithAccount, insertSession } from './session.repository';

export const SESSION_COOKIE = 'kinerja_sid';
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
// Sliding the idle expiry on every request would write on every read; once a minute is enough.
const EXTEND_AFTER_MS = 60 * 1000;

export interface AuthContext {
  sessionId: string;
  csrfToken: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  account: {
    id: string;
    login: string;
    name: string;
    instansiId: string;
    instansiName: string;
    mustChangePassword: boolean;
    /** The pegawai this account belongs to; null for officials without a NIP. */
    pegawaiId: string | null;
  };
  roles: Role[];
  /** ADMIN_OPD: the OPDs administered. */
  adminOpdIds: string[];
}

export type SessionLookup = { status: 'valid'; auth: AuthContext } | { status: 'expired' } | { status: 'none' };

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** The stored id for a cookie value, or null without one. */
export const lookupSessionId = (token: string | undefined) => (token ? sessionIdOf(token) : null);
const randomToken = () => randomBytes(32).toString('base64url');

/** Only the token's hash is stored, so a leaked session table cannot be replayed. */
export async function createSession(db: Executor, clock: Clock, accountId: string, meta: { ip: string | null; userAgent: string | null }) {
  const token = randomToken();
  const csrfToken = randomToken();
  const now = clock.now();
  await insertSession(db, {
    id: sessionIdOf(token),
    accountId,
    csrfToken,
    now,
    idleExpiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    ...meta,
  });
  return { token, csrfToken, absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS) };
}

export async function lookupSession(db: Db, clock: Clock, token: string): Promise<SessionLookup> {
  const sessionId = sessionIdOf(token);
  const row = await findSessionWithAccount(db, sessionId);
  if (!row || !row.active) return { status: 'none' };
  const now = clock.now().getTime();
  if (row.idleExpiresAt.getTime() <= now || row.absoluteExpiresAt.getTime() <= now) {
    await deleteSession(db, sessionId);
    return { status: 'expired' };
  }
  let idleExpiresAt = row.idleExpiresAt;
  if (idleExpiresAt.getTime() - now < SESSION_IDLE_MS - EXTEND_AFTER_MS) {
    idleExpiresAt = new Date(Math.min(now + SESSION_IDLE_MS, row.absoluteExpiresAt.getTime()));
    await extendSession(db, sessionId, idleExpiresAt);
  }
  return {
    status: 'valid',
    auth: {
      sessionId,
      csrfToken: row.csrfToken,
      idleExpiresAt,
      absoluteExpiresAt: row.absoluteExpiresAt,
      account: {
        id: row.accountId,
        login: row.login,
        name: row.name,
        instansiId: row.instansiId,
        instansiName: row.instansiName,
        mustChangePassword: row.mustChangePassword,
        pegawaiId: row.pegawaiId,
      },
      roles: withDerivedRoles((row.roles ?? []) as Role[], Boolean(row.leadsSomeone)),
      adminOpdIds: row.adminOpdIds ?? [],
    },
  };
}

function withDerivedRoles(granted: Role[], leadsSomeone: boolean): Role[] {
  const roles = new Set(granted);
  if (leadsSomeone) roles.add('ATASAN');
  return [...roles].sort();
}

export async function endSession(db: Executor, sessionId: string) {
  await deleteSession(db, sessionId);
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
