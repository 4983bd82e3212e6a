import { DEMO_PASSWORD, demoAccounts } from '../src/server/seed/demo-accounts';
import type { BenchSession } from './sign-in';

/** What one table row asks of the server, and how long it is measured. */
export interface Scenario {
  /** The row's label in the table. */
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** Request bodies, sent in turn across all connections (one entry: the same body every time). */
  bodies?: readonly string[];
  /** Measured window, in seconds. */
  measureSeconds: number;
  /**
   * Unmeasured load first, so JIT, pools and caches are warm. A slow route warms up with a bounded
   * number of requests instead, so none is still in flight when the measured window starts.
   */
  warmUp: { seconds: number } | { requests: number };
  /** Seconds before autocannon counts a request as timed out (an error). */
  timeoutSeconds: number;
  /** Concurrent connections; CONNECTIONS unless the row says otherwise. */
  connections?: number;
}

export const CONNECTIONS = 64;
export const WARM_UP_SECONDS = 2;

export const DEMO_ADMIN = { login: '199001012015011001', password: DEMO_PASSWORD } as const;

const loginBody = (login: string) => JSON.stringify({ login, password: DEMO_PASSWORD });

/**
 * The rows, in the order they run. Sign-in runs last: each request costs an argon2id verify, and
 * whatever is still queued on the server when it ends must not slow another row.
 */
export function coreScenarios(options: { durationSeconds: number; session: BenchSession }): Scenario[] {
  const { durationSeconds, session } = options;
  const steady = { measureSeconds: durationSeconds, warmUp: { seconds: WARM_UP_SECONDS }, timeoutSeconds: 10 };
  const signIn = {
    method: 'POST',
    path: '/api/auth/login',
    headers: { 'content-type': 'application/json' },
    // argon2id by design: a hundred or so per second at best, so a shorter window is enough.
    measureSeconds: signInSeconds(durationSeconds),
    warmUp: { requests: CONNECTIONS },
    timeoutSeconds: 30,
  } as const;
  return [
    // The Swagger UI page: under 1 kB of HTML from a template held in memory by @fastify/swagger-ui,
    // through the full hook chain (helmet, request id, route policy) and no database. Not
    // /api/openapi.json, which JSON-serialises its 12 kB spec on every request: on PostgreSQL that
    // measured slower than the SELECT row, so it is no floor.
    { name: 'bare route: GET /api/docs (no DB)', method: 'GET', path: '/api/docs', ...steady },
    { name: 'single-row SELECT: GET /api/health (select 1)', method: 'GET', path: '/api/health', ...steady },
    // One SELECT joining session, account, instansi and roles on every request.
    { name: 'GET /api/me (session cookie)', method: 'GET', path: '/api/me', headers: { cookie: session.cookie }, ...steady },
    // Every request signs the same account in: its row update serialises the transactions.
    { name: 'sign-in, one account: POST /api/auth/login', bodies: [loginBody(DEMO_ADMIN.login)], ...signIn },
    // The demo accounts in turn, closer to a morning rush; the per-instansi audit chain still serialises.
    {
      name: `sign-in, ${demoAccounts.length} demo accounts in turn: POST /api/auth/login`,
      bodies: demoAccounts.map((account) => loginBody(account.login)),
      ...signIn,
    },
  ];
}

/** The sign-in rows measure half of BENCH_DURATION, at least 3 s. */
export const signInSeconds = (durationSeconds: number) => Math.max(3, Math.ceil(durationSeconds / 2));
