import type { LoginResponse } from '../../../shared/schemas/auth';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../platform/auth/password';
import { passwordProblems } from '../../platform/auth/password-policy';
import { deleteOtherSessions } from '../../platform/auth/session.repository';
import { createSession, endSession, lookupSession, type AuthContext } from '../../platform/auth/sessions';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { loadSettings } from '../../platform/settings/settings';
import * as repo from './auth.repository';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  previousSessionId: string | null;
}

type SignInResult = LoginResponse & { sessionToken: string; absoluteExpiresAt: Date };

export function createAuthService(ctx: AppContext) {
  const { db, clock, audit } = ctx;
  const actorFor = (meta: RequestMeta, instansiId: string, account?: { id: string; login: string }): AuditActor => ({
    instansiId,
    accountId: account?.id ?? null,
    login: account?.login ?? null,
    ip: meta.ip,
    requestId: meta.requestId,
  });

  /**
   * Sign-in: wrong password, unknown login and locked account all answer the same 401 and take
   * the same argon2 time; failures and lockouts are committed and audited before that answer.
   */
  async function signIn(login: string, password: string, meta: RequestMeta): Promise<SignInResult> {
    const account = await repo.findAccountByLogin(db, login);
    const passwordOk = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    const now = clock.now();

    if (!account) {
      const instansiId = await repo.findDefaultInstansiId(db);
      if (instansiId) {
        await inTransaction(db, (trx) =>
          audit.append(trx, actorFor(meta, instansiId), { action: 'auth.login_failed', entityType: 'account', data: { login, reason: 'unknown-login' } }),
        );
      }
      throw new AppError('INVALID_CREDENTIALS');
    }

    const locked = account.lockedUntil !== null && account.lockedUntil.getTime() > now.getTime();
    if (locked || !passwordOk) {
      await inTransaction(db, async (trx) => {
        const actor = actorFor(meta, account.instansiId);
        if (locked) {
          await audit.append(trx, actor, { action: 'auth.login_failed', entityType: 'account', entityId: account.id, data: { login, reason: 'locked' } });
          return;
        }
        const { values } = await loadSettings(trx, account.instansiId);
        // Counted in SQL, not from the row read before: parallel guesses must each count.
        const counted = await repo.incrementLoginFailures(trx, account.id);
        const failures = counted.failed_login_count;
        if (failures >= values.lockoutThreshold) {
          const until = new Date(now.getTime() + values.lockoutMinutes * 60_000);
          await repo.setLoginFailures(trx, account.id, 0, until);
          await audit.append(trx, actor, { action: 'auth.lockout', entityType: 'account', entityId: account.id, data: { login, failures, lockedUntil: until.toISOString() } });
        } else {
          await audit.append(trx, actor, { action: 'auth.login_failed', entityType: 'account', entityId: account.id, data: { login, reason: 'wrong-password', failures } });
        }
      });
      throw new AppError('INVALID_CREDENTIALS');
    }

    const session = await inTransaction(db, async (trx) => {
      if (meta.previousSessionId) await endSession(trx, meta.previousSessionId);
      // Writing the account row on every sign-in would serialise concurrent sign-ins on its lock.
      if (account.failedLoginCount !== 0 || account.lockedUntil !== null) await repo.setLoginFailures(trx, account.id, 0, null);
      const created = await createSession(trx, clock, account.id, { ip: meta.ip, userAgent: meta.userAgent });
      await audit.append(trx, actorFor(meta, account.instansiId, account), { action: 'auth.login', entityType: 'account', entityId: account.id });
      return created;
    });
    // The reply describes the session exactly as every later request will see it (derived roles included).
    const lookup = await lookupSession(db, clock, session.token);
    if (lookup.status !== 'valid') throw new AppError('INTERNAL');
    return {
      user: lookup.auth.account,
      roles: lookup.auth.roles,
      csrfToken: session.csrfToken,
      sessionToken: session.token,
      absoluteExpiresAt: session.absoluteExpiresAt,
    };
  }

  async function signOut(auth: AuthContext, meta: RequestMeta) {
    await inTransaction(db, async (trx) => {
      await endSession(trx, auth.sessionId);
      await audit.append(trx, actorFor(meta, auth.account.instansiId, auth.account), { action: 'auth.logout', entityType: 'account', entityId: auth.account.id });
    });
  }

  /** Other sessions of the account end: whoever knew the old password is signed out. */
  async function changePassword(auth: AuthContext, currentPassword: string, newPassword: string, meta: RequestMeta) {
    const storedHash = await repo.findPasswordHash(db, auth.account.id);
    if (!storedHash || !(await verifyPassword(storedHash, currentPassword))) {
      throw new AppError('WRONG_PASSWORD', [{ path: 'currentPassword', message: 'Kata sandi lama salah.' }]);
    }
    const problems = passwordProblems(newPassword, auth.account.login);
    if (newPassword === currentPassword) problems.push({ path: 'newPassword', message: 'Kata sandi baru harus berbeda dari yang lama.' });
    if (problems.length > 0) throw new AppError('WEAK_PASSWORD', problems);
    const newHash = await hashPassword(newPassword);
    await inTransaction(db, async (trx) => {
      await repo.setPassword(trx, auth.account.id, newHash, false);
      await deleteOtherSessions(trx, auth.account.id, auth.sessionId);
      await audit.append(trx, actorFor(meta, auth.account.instansiId, auth.account), { action: 'auth.password_changed', entityType: 'account', entityId: auth.account.id });
    });
  }

  return { signIn, signOut, changePassword };
}

export type AuthService = ReturnType<typeof createAuthService>;
