import type { Executor } from '../../platform/db/transaction';

/*
 * The e-mail copy of a notification moves PENDING → SENT, or → FAILED after too many attempts.
 * While PENDING, `emailed_at` is when it was last claimed for sending: a lease that keeps every
 * other process (and the next tick) off the row until `retryBefore`, so no row is sent twice.
 * Once SENT it is when the SMTP server accepted it.
 */

/**
 * Claims up to `limit` rows due for sending in one statement: rows another process is claiming
 * right now are skipped (FOR UPDATE SKIP LOCKED), rows it has claimed carry a fresh lease.
 * Counts the attempt at claim time, so a process that dies mid-send still uses one up.
 */
export async function claimPendingMail(db: Executor, now: Date, retryBefore: Date, limit: number) {
  const due = db
    .selectFrom('notification as q')
    .select('q.id')
    .where('q.email_status', '=', 'PENDING')
    .where('q.email_to', 'is not', null)
    .where((eb) => eb.or([eb('q.emailed_at', 'is', null), eb('q.emailed_at', '<=', retryBefore)]))
    .orderBy('q.id')
    .limit(limit)
    .forUpdate()
    .skipLocked();
  return (
    db
      .updateTable('notification')
      .set((eb) => ({ emailed_at: now, email_attempts: eb('email_attempts', '+', 1) }))
      .where('id', 'in', due)
      // Checked again on the locked row: a claim that committed meanwhile has moved its lease on.
      .where('email_status', '=', 'PENDING')
      .where((eb) => eb.or([eb('emailed_at', 'is', null), eb('emailed_at', '<=', retryBefore)]))
      .returning(['id', 'email_to', 'title', 'body', 'link', 'email_attempts'])
      .execute()
  );
}

export async function markMailSent(db: Executor, id: string, at: Date) {
  await db.updateTable('notification').set({ email_status: 'SENT', emailed_at: at }).where('id', '=', id).where('email_status', '=', 'PENDING').execute();
}

/** After a failed attempt: FAILED once the attempts are used up, otherwise retried when the lease ends. */
export async function markMailAttemptFailed(db: Executor, id: string, maxAttempts: number) {
  await db.updateTable('notification').set({ email_status: 'FAILED' }).where('id', '=', id).where('email_status', '=', 'PENDING').where('email_attempts', '>=', maxAttempts).execute();
}
