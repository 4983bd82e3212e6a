import { buildApp } from './app';
import { loadConfig } from './platform/config';
import { createLogger } from './platform/logger';
import { openMigratedDatabase } from './platform/runtime';
import { startHousekeeping } from './platform/housekeeping';

const config = loadConfig();
const logger = createLogger(config);

try {
  const database = await openMigratedDatabase(config, logger, { seed: true });
  const app = await buildApp({ config, database, logger });
  const stopHousekeeping = startHousekeeping(database.db, logger);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    stopHousekeeping();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  const address = await app.listen({ port: config.port, host: config.host });
  logger.info(`Kinerja siap di ${address.replace('0.0.0.0', 'localhost')} (basis data: ${database.kind})`);
} catch (error) {
  logger.fatal({ err: error }, (error as Error).message);
  process.exit(1);
}
