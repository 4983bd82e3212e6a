import type { Executor } from '../db/transaction';

/**
 * Takes the named lock for `ttlMs` in one atomic statement, so whichever process gets there
 * first wins and every other gets false. A lock whose holder died frees itself when its time is
 * up. With `minIntervalMs`, a lock whose job last ran less than that long ago is not taken
 * either: the job then runs once per interval across all processes, not once per process.
 */
export async function tryLock(db: Executor, name: string, holder: string, ttlMs: number, now: Date, options: { minIntervalMs?: number } = {}): Promise<boolean> {
  const lockedUntil = new Date(now.getTime() + ttlMs);
  const ranBefore = new Date(now.getTime() - (options.minIntervalMs ?? 0));
  const row = await db
    .insertInto('job_lock')
    .values({ name, holder, locked_until: lockedUntil })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, locked_until: lockedUntil })
        // Our own lock too: a run whose connection dropped could not release it, and this process
        // never overlaps its own runs, so the next turn retries at once instead of after the TTL.
        .where((eb) => eb.or([eb('job_lock.locked_until', '<=', now), eb('job_lock.holder', '=', holder)]))
        .where((eb) => eb.or([eb('job_lock.last_run_at', 'is', null), eb('job_lock.last_run_at', '<=', ranBefore)])),
    )
    .returning('name')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives the lock up (only if still ours); `ranAt` records a completed run. */
export async function release(db: Executor, name: string, holder: string, now: Date, ranAt?: Date): Promise<void> {
  await db
    .updateTable('job_lock')
    .set({ locked_until: now, ...(ranAt ? { last_run_at: ranAt } : {}) })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}
