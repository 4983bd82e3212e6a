import { randomInt } from 'node:crypto';
import type { AccountListQuery, AccountPage, AccountSummary } from '../../../shared/schemas/accounts';
import type { Role } from '../../../shared/roles';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import { hashPassword } from '../../platform/auth/password';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { AppError, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { findPenilaiChain } from '../organisation';
import { accountActions, canManageAccount, isOwnAccount } from './accounts.policy';
import * as repo from './accounts.repository';

type AccountRow = NonNullable<Awaited<ReturnType<typeof repo.findAccount>>>;

/** Roles decide whose data one reaches and whom one administers: nobody grants or removes their own. */
const ownRoles = () =>
  new AppError('FORBIDDEN_SCOPE', [{ path: 'id', reason: 'Anda tidak dapat mengubah peran akun Anda sendiri. Mintalah admin BKPSDM lain melakukannya.' }]);

// No 0/O, 1/l/I: the temporary password is read aloud or typed from a screen.
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const temporaryPassword = () => Array.from({ length: 14 }, () => READABLE[randomInt(READABLE.length)]).join('');

export function createAccountsService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  function summary(auth: AuthContext, row: Omit<AccountRow, 'instansiId'> & { instansiId?: string }): AccountSummary {
    const now = clock.now().getTime();
    return {
      id: row.id,
      login: row.login,
      name: row.name,
      roles: row.roles as Role[],
      locked: row.lockedUntil !== null && row.lockedUntil.getTime() > now,
      mustChangePassword: row.mustChangePassword,
      pegawaiId: row.pegawaiId,
      adminOpd: row.adminOpdId ? { id: row.adminOpdId, name: row.adminOpdName! } : null,
      can: accountActions(auth, { id: row.id, instansiId: row.instansiId ?? auth.account.instansiId }),
    };
  }

  async function loadManageable(trx: Executor, auth: AuthContext, id: string) {
    const account = await repo.findAccount(trx, id);
    if (!account) throw notFound();
    if (!canManageAccount(auth, account)) throw forbiddenScope();
    return account;
  }

  async function listAccounts(auth: AuthContext, query: AccountListQuery): Promise<AccountPage> {
    const after = decodeCursor(query.cursor, 2) as [string, string] | null;
    const rows = await repo.listAccounts(db, { instansiId: auth.account.instansiId, q: query.q, role: query.role, after, limit: query.limit });
    const page = toPage(rows, query.limit, (r) => [r.name, r.id]);
    return { items: page.items.map((r) => summary(auth, r)), nextCursor: page.nextCursor };
  }

  /** An ADMIN_OPD administers one OPD: the one named, else the one where the account's pegawai works. */
  async function opdForAdmin(trx: Executor, auth: AuthContext, account: AccountRow, opdId: string | undefined) {
    const chosen = opdId ?? (account.pegawaiId ? ((await findPenilaiChain(trx, account.pegawaiId))?.opdId ?? null) : null);
    if (!chosen) throw ruleViolation('opdId', 'Pilih OPD yang akan dikelola oleh Admin OPD ini.');
    const opd = await repo.findOpd(trx, chosen);
    if (!opd || opd.instansi_id !== auth.account.instansiId) throw ruleViolation('opdId', 'OPD tidak ditemukan di instansi ini.');
    return opd;
  }

  async function grantRole(auth: AuthContext, actor: AuditActor, id: string, role: Role, opdId?: string): Promise<AccountSummary> {
    if (isOwnAccount(auth, id)) throw ownRoles();
    return inTransaction(db, async (trx) => {
      const account = await loadManageable(trx, auth, id);
      const opd = role === 'ADMIN_OPD' ? await opdForAdmin(trx, auth, account, opdId) : null;
      if (await repo.upsertRole(trx, id, role, opd?.id ?? null, clock.now(), auth.account.id)) {
        await audit.append(trx, actor, { action: 'account.role_granted', entityType: 'account', entityId: id, data: { login: account.login, role, ...(opd ? { opdId: opd.id, opd: opd.name } : {}) } });
      }
      return summary(auth, (await repo.findAccount(trx, id))!);
    });
  }

  async function removeRole(auth: AuthContext, actor: AuditActor, id: string, role: Role): Promise<AccountSummary> {
    if (isOwnAccount(auth, id)) throw ownRoles();
    return inTransaction(db, async (trx) => {
      const account = await loadManageable(trx, auth, id);
      if (await repo.deleteRole(trx, id, role)) {
        await audit.append(trx, actor, { action: 'account.role_removed', entityType: 'account', entityId: id, data: { login: account.login, role } });
      }
      return summary(auth, (await repo.findAccount(trx, id))!);
    });
  }

  /** A one-time password the owner must replace at next sign-in; their sessions end now. */
  async function resetPassword(auth: AuthContext, actor: AuditActor, id: string) {
    if (id === auth.account.id) throw new AppError('RULE_VIOLATION', [{ path: 'id', message: 'Gunakan halaman Akun saya untuk mengganti kata sandi sendiri.' }]);
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    await inTransaction(db, async (trx) => {
      const account = await loadManageable(trx, auth, id);
      await repo.setTemporaryPassword(trx, id, passwordHash);
      await repo.deleteSessionsOf(trx, id);
      await audit.append(trx, actor, { action: 'account.password_reset', entityType: 'account', entityId: id, data: { login: account.login } });
    });
    return { temporaryPassword: password };
  }

  return { listAccounts, grantRole, removeRole, resetPassword };
}
