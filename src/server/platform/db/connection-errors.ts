import type pg from 'pg';

export type ConnectionLogger = { warn(obj: object, msg: string): void };

/**
 * A pg client whose server goes away (restart, failover, network) emits 'error'. The pool
 * listens only while a client is idle; one checked out by a request's transaction has no
 * listener, and an 'error' event without one ends the Node process. So every client gets a
 * listener of its own for its whole life: the query under way still rejects (the request
 * answers 503 and its transaction is rolled back by the server), the pool then drops the broken
 * client, and the next checkout connects afresh once the database is back.
 */
export function watchConnectionErrors(pool: pg.Pool, logger?: ConnectionLogger): void {
  const report = (error: Error) => logger?.warn({ err: error }, 'database connection lost');
  pool.on('connect', (client) => client.on('error', report));
  // Idle clients' errors reach the pool as well; the listener above already reported them.
  pool.on('error', () => undefined);
}

// Refused or reset sockets, the server shutting down or starting (57P01/57P03), lost links (08xxx).
const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

/** Whether an error says the database is out of reach (answer 503, try again later) rather than a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (typeof code === 'string' && unavailableCodes.has(code)) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i.test(typeof message === 'string' ? message : '')
  );
}

/**
 * Runs `work` again while the database is out of reach, until `deadline`: for a step that must
 * not be lost once something outside the database has happened (an e-mail accepted by SMTP).
 */
export async function retryWhileUnavailable<T>(work: () => Promise<T>, deadline: Date, options: { delayMs?: number; now?: () => Date } = {}): Promise<T> {
  const delayMs = options.delayMs ?? 1_000;
  const now = options.now ?? (() => new Date());
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || now().getTime() + delayMs > deadline.getTime()) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
