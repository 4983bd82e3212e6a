import { buildApp } from './app';
import { loadConfig } from './platform/config';
import { createLogger } from './platform/logger';
import { openMigratedDatabase, startHousekeeping } from './composition';
import { notificationJobs } from './modules/notifications';
import { publicServiceJobs } from './modules/public-service';
import { createAppContext } from './platform/app-context';
import { systemClock } from './platform/clock';
import { startScheduler } from './platform/jobs/scheduler';
import { createMailer } from './platform/mail/mailer';
import { installProcessGuards } from './platform/process-guard';

const config = loadConfig();
const logger = createLogger(config);
installProcessGuards(logger);

try {
  const database = await openMigratedDatabase(config, logger, { seed: true });
  const app = await buildApp({ config, database, logger });
  const stopHousekeeping = startHousekeeping(database.db, logger);
  // Reminders and e-mail: every process runs the scheduler; a lock row in the database decides who runs each job.
  const mailer = createMailer(config, logger);
  // Escalation of overdue complaints runs before the mail job, so its notices go out in the same tick.
  const escalation = publicServiceJobs(createAppContext({ config, database, clock: systemClock, logger }));
  const scheduler = startScheduler({ db: database.db, clock: systemClock, logger, jobs: [...escalation, ...notificationJobs({ db: database.db, clock: systemClock, logger, mailer, publicUrl: config.publicUrl })] });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    stopHousekeeping();
    await scheduler.stop();
    mailer.close();
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
