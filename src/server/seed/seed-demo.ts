import type { Kysely } from 'kysely';
import type { AuditLog } from '../platform/audit/audit-log';
import { hashPassword } from '../platform/auth/password';
import type { Clock } from '../platform/clock';
import { inTransaction } from '../platform/db/transaction';
import type { Database } from '../db/schema';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts';
import { seedOrganisation } from './seed-organisation';

export const KOTA_SOLOK = { code: 'KOTA-SOLOK', name: 'Pemerintah Kota Solok' };

/**
 * The Kota Solok demo: one instansi, its whole organisation with a sign-in for every pegawai and
 * officials, and the named demo accounts (demo-accounts.ts). Audited as one `account.created` per
 * named demo account and one `seed.organisation` row with the counts, not a row per pegawai.
 * The password is hashed once: argon2 per account would make start-up take minutes.
 */
export async function seedDemo(db: Kysely<Database>, audit: AuditLog, clock: Clock): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await inTransaction(db, async (trx) => {
    const instansi = await trx.insertInto('instansi').values(KOTA_SOLOK).returning('id').executeTakeFirstOrThrow();
    const actor = { instansiId: instansi.id, accountId: null, login: null, ip: null, requestId: null };
    const { counts, demoAccountIds } = await seedOrganisation(trx, instansi.id, passwordHash, clock.now());
    for (const account of demoAccounts) {
      const entityId = demoAccountIds.get(account.login) ?? null;
      await audit.append(trx, actor, { action: 'account.created', entityType: 'account', entityId, data: { login: account.login, roles: account.roles, source: 'seed' } });
    }
    await audit.append(trx, actor, { action: 'seed.organisation', entityType: 'instansi', entityId: instansi.id, data: { ...counts, source: 'seed' } });
  });
}
