import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/**
 * The request a piece of code runs for, so an error that escapes every handler (a throw in a
 * timer callback, a promise nobody awaited) can still be logged with its request id.
 */
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function trackRequestContext(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    requestContext.run({ requestId: String(request.id) }, done);
  });
}

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId;

/** Exit code of a process that ended on an error no handler caught: a supervisor restarts it. */
export const EXIT_UNCAUGHT = 70;

/**
 * Process-wide last resort. A promise rejected with nobody listening is logged and the server
 * goes on: nothing was left half-done in memory. A synchronous throw that reached the event loop
 * may have left state half-updated, so the process ends with a clear line and a non-zero code
 * (under systemd, `Restart=on-failure` brings it back; see the README).
 */
export function installProcessGuards(logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason, requestId: currentRequestId() }, 'unhandled promise rejection');
  };
  const onException = (error: Error, origin: string) => {
    logger.fatal({ err: error, origin, requestId: currentRequestId() }, `Kinerja berhenti karena galat yang tidak tertangani (kode keluar ${EXIT_UNCAUGHT}): ${error.message}`);
    logger.flush?.();
    exit(EXIT_UNCAUGHT);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
