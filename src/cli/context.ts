import type { Logger } from 'pino';
import { loadConfig, type Config } from '../server/platform/config';
import type { DatabaseHandle } from '../server/platform/db/database';
import { createLogger } from '../server/platform/logger';
// The start-up part of the composition root only: a command need not load the housekeeping jobs.
import { openMigratedDatabase } from '../server/composition/open-database';

/** A command's own verdict of failure: its message is printed as is and the exit code is 1. */
export class CliFailure extends Error {}

export interface CliContext {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
}

/**
 * Opens the configured database for one command and always closes it (releasing the PGlite
 * lock). A PGlite directory held by a running server makes this fail at once, naming the holder.
 */
export async function withDatabase<T>(options: { seed: boolean }, work: (ctx: CliContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({ ...config, logLevel: process.env.LOG_LEVEL ?? 'warn' });
  const database = await openMigratedDatabase(config, logger, options);
  try {
    return await work({ config, logger, database });
  } finally {
    await database.close();
  }
}
