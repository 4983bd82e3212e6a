import type { Logger } from 'pino';
import { deleteExpiredSessions } from './auth/session.repository';
import type { Db } from './db/database';
import { deleteExpiredCounters } from './http/rate-limit.repository';

const EVERY_MS = 10 * 60 * 1000;

/** Removes expired sessions and rate-limit windows; idempotent, so every process may run it. */
export function startHousekeeping(db: Db, logger: Logger): () => void {
  const run = async () => {
    const now = new Date();
    try {
      await deleteExpiredSessions(db, now);
      await deleteExpiredCounters(db, now);
    } catch (error) {
      logger.warn({ err: error }, 'housekeeping failed');
    }
  };
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
