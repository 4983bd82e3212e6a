import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock';
import type { Executor } from '../../platform/db/transaction';
import type { ScheduledJob } from '../../platform/jobs/scheduler';
import type { Mailer } from '../../platform/mail/mailer';
import { retryWhileUnavailable } from '../../platform/db/connection-errors';
import { claimPendingMail, markMailAttemptFailed, markMailSent } from './mail-queue.repository';

export const MAIL_JOB = 'notification-mail';
export const MAX_MAIL_ATTEMPTS = 5;
const EVERY_MS = 30 * 1000;
const BATCH_SIZE = 50;
const PARALLEL_SENDS = 5;
// Longer than a whole batch can take with the mailer's timeouts (10 rounds × ~70 s), so a claimed
// row is never claimed again while its first send may still be under way; also the retry delay.
const LEASE_MS = 15 * 60 * 1000;

export interface MailJobDeps {
  db: Executor;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  /** The app's address, to make the notification's link absolute. */
  publicUrl: string;
}

export function notificationMailJob(deps: MailJobDeps): ScheduledJob {
  return { name: MAIL_JOB, everyMs: EVERY_MS, lockTtlMs: LEASE_MS, run: () => sendPendingMail(deps) };
}

export function mailText(n: { body: string; link: string | null }, publicUrl: string): string {
  const open = n.link ? `\n\nBuka di Kinerja: ${publicUrl}${n.link}` : '';
  return `${n.body}${open}\n\n--\nPesan ini dikirim otomatis oleh Kinerja. Mohon tidak membalas e-mail ini.\n`;
}

/** Sends one batch of e-mail copies; each row is claimed first, so no two processes send it. */
export async function sendPendingMail({ db, clock, logger, mailer, publicUrl }: MailJobDeps) {
  const now = clock.now();
  const claimed = await claimPendingMail(db, now, new Date(now.getTime() - LEASE_MS), BATCH_SIZE);
  let sent = 0;
  let failed = 0;
  const queue = [...claimed];
  const worker = async () => {
    for (let n = queue.shift(); n; n = queue.shift()) {
      try {
        await mailer.send({ to: n.email_to!, subject: n.title, text: mailText(n, publicUrl) });
      } catch (error) {
        failed += 1;
        logger.warn({ err: error, notificationId: n.id, attempt: n.email_attempts }, 'e-mail not sent');
        await markMailAttemptFailed(db, n.id, MAX_MAIL_ATTEMPTS);
        continue;
      }
      sent += 1;
      // Sent now, whatever the database does: should it be away, keep trying while the lease
      // still keeps every other run off this row, so the message is never sent a second time.
      const sentAt = clock.now();
      await retryWhileUnavailable(() => markMailSent(db, n.id, sentAt), new Date(Date.now() + LEASE_MS / 2));
    }
  };
  // allSettled: one worker's database error must not end the run while the others still send.
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL_SENDS, queue.length) }, worker));
  const broken = outcomes.find((o) => o.status === 'rejected');
  if (broken) throw broken.reason;
  return { claimed: claimed.length, sent, failed };
}
