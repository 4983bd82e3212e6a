import type { Logger } from 'pino';
import type { AuditLog } from './audit/audit-log';
import type { Clock } from './clock';
import type { Config } from './config';
import type { DatabaseHandle, Db } from './db/database';

/** What every module's service is built from; made once per app in app.ts. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  db: Db;
  clock: Clock;
  audit: AuditLog;
  auditKey: string;
  logger: Logger;
}
