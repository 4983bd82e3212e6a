import type { Logger } from 'pino';
import { isDatabaseEmpty, seedDemo } from '../db/seed/seed-demo';
import { seedPlanning } from '../db/seed/seed-planning';
import { seedExecution } from '../db/seed/seed-execution';
import { seedPublicService } from '../db/seed/seed-public-service';
import { createAppContext } from './app-context';
import { createLogger } from './logger';
import { systemClock, type Clock } from './clock';
import { listInstansiIds } from './instansi.repository';
import type { Config } from './config';
import { openDatabase, type DatabaseHandle, type Db } from './db/database';
import { migrateToLatest } from './db/migrate';
import { inTransaction } from './db/transaction';
import { todayInSolok } from './calendar';
import { refreshPenilaiChains, refreshUnitDerived } from '../modules/organisation';

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
  if (!(await isDatabaseEmpty(database.db))) return false;
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

/** Derived organisation data (unit paths, penilai chains) as of today, for the given instansi (default all). */
export async function refreshOrganisation(db: Db, clock: Clock = systemClock, instansiIds?: string[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const id of instansiIds ?? (await listInstansiIds(trx))) {
      await refreshUnitDerived(trx, id);
      await refreshPenilaiChains(trx, id, todayInSolok(clock));
    }
  });
}
