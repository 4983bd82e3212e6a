import type { Logger } from 'pino';
import { loadAuditKey } from './audit/audit-key';
import { AuditLog } from './audit/audit-log';
import type { Clock } from './clock';
import type { Config } from './config';
import type { DatabaseHandle, Db } from './db/database';
import type { FileStorage } from './storage/file-storage';
import { filesDirOf } from './storage/files-dir';
import { localDiskStorage } from './storage/local-disk-storage';

/** What every module's service is built from; made once per app (or CLI command) by createAppContext. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  db: Db;
  clock: Clock;
  audit: AuditLog;
  auditKey: string;
  logger: Logger;
  /** Uploaded files (bukti dukung): local disk under the data directory by default. */
  storage: FileStorage;
}

export function createAppContext(options: { config: Config; database: DatabaseHandle; clock: Clock; logger: Logger }): AppContext {
  const { config, database, clock, logger } = options;
  const auditKey = loadAuditKey(config.auditKey, config.dataDir);
  return {
    config,
    database,
    db: database.db,
    clock,
    audit: new AuditLog(auditKey, clock),
    auditKey,
    logger,
    storage: localDiskStorage(filesDirOf(config), () => clock.now()),
  };
}
