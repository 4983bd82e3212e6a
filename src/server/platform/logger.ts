import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';
import type { Config } from './config';

/** JSON logs; human-readable ones in development when pino-pretty (a dev dependency) is there. */
export function createLogger(config: Pick<Config, 'env' | 'logLevel'>): Logger {
  const level = config.env === 'test' && config.logLevel === 'info' ? 'silent' : config.logLevel;
  if (config.env === 'development' && process.stdout.isTTY && canResolve('pino-pretty')) {
    return pino({ level, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
  }
  return pino({ level, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'] });
}

function canResolve(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}
