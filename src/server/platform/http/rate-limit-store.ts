import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { incrementCounter } from './rate-limit.repository';

/**
 * @fastify/rate-limit store whose counters live in the database, so every server process
 * sharing it counts the same attempts (an in-memory store would multiply the limit).
 */
export function databaseRateLimitStore(db: Db, clock: Clock): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(private readonly prefix = 'global') {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number) {
      const now = clock.now();
      incrementCounter(db, `${this.prefix}:${key}`, now, new Date(now.getTime() + timeWindow)).then(
        ({ count, resetAt }) => callback(null, { current: count, ttl: Math.max(0, resetAt.getTime() - now.getTime()) }),
        (error: Error) => callback(error),
      );
    }

    /** One counter set per route: the plugin passes the route's merged limits with `routeInfo`. */
    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]) {
      const route = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      return new DatabaseStore(`${String(route?.method ?? 'ANY')} ${route?.url ?? 'unknown'}`);
    }
  }
  return DatabaseStore as unknown as FastifyRateLimitStoreCtor;
}
