import type { Kysely } from 'kysely';
import type { AuditLog } from '../../platform/audit/audit-log';
import { hashPassword } from '../../platform/auth/password';
import type { Clock } from '../../platform/clock';
import { inTransaction } from '../../platform/db/transaction';
import type { Database } from '../schema';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts';

export const KOTA_SOLOK = { code: 'KOTA-SOLOK', name: 'Pemerintah Kota Solok' };

export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('instansi').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** The Kota Solok demo: one instansi and a sign-in for every role, each creation audited. */
export async function seedDemo(db: Kysely<Database>, audit: AuditLog, clock: Clock): Promise<void> {
  const hashes = await Promise.all(demoAccounts.map(() => hashPassword(DEMO_PASSWORD)));
  await inTransaction(db, async (trx) => {
    const instansi = await trx.insertInto('instansi').values(KOTA_SOLOK).returning('id').executeTakeFirstOrThrow();
    const actor = { instansiId: instansi.id, accountId: null, login: null, ip: null, requestId: null };
    for (const [index, account] of demoAccounts.entries()) {
      const row = await trx
        .insertInto('account')
        .values({ instansi_id: instansi.id, login: account.login, name: account.name, password_hash: hashes[index]! })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('account_role')
        .values(account.roles.map((role) => ({ account_id: row.id, role, granted_at: clock.now(), granted_by: null })))
        .execute();
      await audit.append(trx, actor, { action: 'account.created', entityType: 'account', entityId: row.id, data: { login: account.login, roles: account.roles, source: 'seed' } });
    }
  });
}
