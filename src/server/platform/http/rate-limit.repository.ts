import { sql } from 'kysely';
import type { Executor } from '../db/transaction';

/** One atomic upsert: a fresh window starts at 1, a live one counts up. */
export async function incrementCounter(db: Executor, key: string, now: Date, resetAt: Date) {
  const row = await db
    .insertInto('rate_limit_counter')
    .values({ key, count: 1, reset_at: resetAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`case when rate_limit_counter.reset_at <= ${now} then 1 else rate_limit_counter.count + 1 end`,
        reset_at: sql`case when rate_limit_counter.reset_at <= ${now} then ${resetAt}::timestamptz else rate_limit_counter.reset_at end`,
      }),
    )
    .returning(['count', 'reset_at'])
    .executeTakeFirstOrThrow();
  return { count: row.count, resetAt: row.reset_at };
}

export async function deleteExpiredCounters(db: Executor, now: Date) {
  await db.deleteFrom('rate_limit_counter').where('reset_at', '<=', now).execute();
}
