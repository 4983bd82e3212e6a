import type { Executor } from '../../platform/db/transaction';

const columns = ['id', 'account_id', 'kind', 'title', 'body', 'link', 'read_at', 'created_at'] as const;

/** One page of an account's notifications, newest first (ids only grow, so id order is time order). */
export async function listForAccount(db: Executor, f: { accountId: string; unreadOnly: boolean; beforeId: string | null; limit: number }) {
  let query = db.selectFrom('notification').select(columns).where('account_id', '=', f.accountId);
  if (f.unreadOnly) query = query.where('read_at', 'is', null);
  if (f.beforeId) query = query.where('id', '<', f.beforeId);
  return query.orderBy('id', 'desc').limit(f.limit + 1).execute();
}

export type NotificationRow = Awaited<ReturnType<typeof listForAccount>>[number];

export async function countUnread(db: Executor, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findNotification(db: Executor, id: string) {
  return db.selectFrom('notification').select(columns).where('id', '=', id).executeTakeFirst();
}

/** Keeps the first read time when read again. */
export async function markRead(db: Executor, id: string, at: Date) {
  return db
    .updateTable('notification')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function markAllRead(db: Executor, accountId: string, at: Date): Promise<number> {
  const result = await db.updateTable('notification').set({ read_at: at }).where('account_id', '=', accountId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
