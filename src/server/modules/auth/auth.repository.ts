import type { Executor } from '../../platform/db/transaction';

export async function findAccountByLogin(db: Executor, login: string) {
  return db
    .selectFrom('account as a')
    .select([
      'a.id',
      'a.login',
      'a.name',
      'a.instansi_id as instansiId',
      'a.password_hash as passwordHash',
      'a.must_change_password as mustChangePassword',
      'a.failed_login_count as failedLoginCount',
      'a.locked_until as lockedUntil',
    ])
    .where('a.login', '=', login)
    .where('a.active', '=', true)
    .executeTakeFirst();
}

export async function findPasswordHash(db: Executor, accountId: string) {
  const row = await db.selectFrom('account').select('password_hash').where('id', '=', accountId).executeTakeFirst();
  return row?.password_hash;
}

export async function setLoginFailures(db: Executor, accountId: string, failedLoginCount: number, lockedUntil: Date | null) {
  await db.updateTable('account').set({ failed_login_count: failedLoginCount, locked_until: lockedUntil }).where('id', '=', accountId).execute();
}

export async function setPassword(db: Executor, accountId: string, passwordHash: string, mustChangePassword: boolean) {
  await db
    .updateTable('account')
    .set({ password_hash: passwordHash, must_change_password: mustChangePassword, failed_login_count: 0, locked_until: null })
    .where('id', '=', accountId)
    .execute();
}

/** Where sign-in events for an unknown login are chained: the first instansi. */
export async function findDefaultInstansiId(db: Executor) {
  const row = await db.selectFrom('instansi').select('id').orderBy('id').limit(1).executeTakeFirst();
  return row?.id;
}

/** Counts one more failure atomically (parallel attempts each count) and returns the new total. */
export async function incrementLoginFailures(db: Executor, accountId: string) {
  const row = await db
    .updateTable('account')
    .set((eb) => ({ failed_login_count: eb('failed_login_count', '+', 1) }))
    .where('id', '=', accountId)
    .returning(['failed_login_count', 'locked_until'])
    .executeTakeFirstOrThrow();
  return row;
}
