// The composition root's start-up work: the database migrated and, on an empty one, the demo
// seeded through the modules' services. The platform opens databases; only this file knows the seed.
import type { Logger } from 'pino';
import { createAppContext } from '../platform/app-context';
import { todayInSolok } from '../platform/calendar';
import { systemClock } from '../platform/clock';
import type { Config } from '../platform/config';
import { openDatabase, type DatabaseHandle } from '../platform/db/database';
import { migrateToLatest } from '../platform/db/migrate';
import { listInstansiIds } from '../platform/instansi.repository';
import { createLogger } from '../platform/logger';

/**
 * Opens the configured database and brings its schema up to date; on an empty database outside
 * production it seeds the Kota Solok demo (KINERJA_SEED=none turns that off).
 */
export async function openMigratedDatabase(config: Config, logger: Logger, options: { seed: boolean }): Promise<DatabaseHandle> {
  const database = await openDatabase(config.database, { logger });
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    if (options.seed && config.seed === 'demo' && (await seedDemoIfEmpty(database, config))) {
      logger.info('Kota Solok demo seeded (password kinerja-demo)');
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Seeds the demo only into an empty database; says whether it did. */
export async function seedDemoIfEmpty(database: DatabaseHandle, config: Config): Promise<boolean> {
  if (await database.db.selectFrom('instansi').select('id').limit(1).executeTakeFirst()) return false;
  // The demo city (and the modules it seeds through) is loaded only when it is seeded: a CLI
  // command on a seeded database then starts without compiling the modules.
  const [{ refreshOrganisation }, { seedDemo }, { seedPlanning }, { seedExecution }, { seedPublicService }] = await Promise.all([
    import('./refresh-organisation'),
    import('../seed/seed-demo'),
    import('../seed/seed-planning'),
    import('../seed/seed-execution'),
    import('../seed/seed-public-service'),
  ]);
  const ctx = createAppContext({ config, database, clock: systemClock, logger: createLogger({ ...config, logLevel: 'warn' }) });
  await seedDemo(database.db, ctx.audit, systemClock);
  await refreshOrganisation(database.db);
  const [instansiId] = await listInstansiIds(database.db);
  const year = Number(todayInSolok(systemClock).slice(0, 4));
  await seedPlanning(ctx, instansiId!, year);
  await seedExecution(ctx, instansiId!, year);
  await seedPublicService(ctx, instansiId!, year);
  return true;
}
