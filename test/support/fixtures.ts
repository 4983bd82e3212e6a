import { hashPassword } from '../../src/server/platform/auth/password';
import type { Database } from '../../src/server/db/schema';
import type { Db } from '../../src/server/platform/db/database';
import type { Role } from '../../src/shared/roles';

export const FIXTURE_PASSWORD = 'fixture-password-42';
let fixtureHash: Promise<string> | undefined;

/** An extra account for a test, in the demo instansi unless told otherwise. */
export async function createAccount(db: Db, options: { login: string; roles: Role[]; instansiId?: string; name?: string }) {
  fixtureHash ??= hashPassword(FIXTURE_PASSWORD);
  const instansiId = options.instansiId ?? (await db.selectFrom('instansi').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  const account = await db
    .insertInto('account')
    .values({ instansi_id: instansiId, login: options.login, name: options.name ?? `Akun ${options.login}`, password_hash: await fixtureHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.roles.length > 0) {
    await db
      .insertInto('account_role')
      .values(options.roles.map((role) => ({ account_id: account.id, role, granted_at: new Date(), granted_by: null })))
      .execute();
  }
  return account.id;
}

export async function createInstansi(db: Db, code: string, name: string) {
  return (await db.insertInto('instansi').values({ code, name }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function countRows(db: Db, table: keyof Database) {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
