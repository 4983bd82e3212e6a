import type { Logger } from 'pino';
import { deleteExpiredSessions } from '../platform/auth/session.repository';
import type { Db } from '../platform/db/database';
import { deleteExpiredCounters } from '../platform/http/rate-limit.repository';
import { todayInSolok } from '../platform/calendar';
import { systemClock } from '../platform/clock';
import { listInstansiWithStaleChains } from '../modules/organisation';
import { refreshOrganisation } from './refresh-organisation';

const EVERY_MS = 10 * 60 * 1000;

/**
 * Removes expired sessions and rate-limit windows and refreshes the organisation data a new day
 * makes stale; idempotent, so every process may run it.
 */
export function startHousekeeping(db: Db, logger: Logger): () => void {
  const run = async () => {
    const now = new Date();
    try {
      await deleteExpiredSessions(db, now);
      await deleteExpiredCounters(db, now);
      // Placements and overrides start and end by date: recompute chains once a day moves on.
      const stale = await listInstansiWithStaleChains(db, todayInSolok(systemClock));
      if (stale.length > 0) await refreshOrganisation(db, systemClock, stale);
    } catch (error) {
      logger.warn({ err: error }, 'housekeeping failed');
    }
  };
  void run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
