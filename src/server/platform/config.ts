import path from 'node:path';
import { z } from 'zod';

/** Parsed once at start-up; everything else receives a Config instead of reading process.env. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  KINERJA_DATA_DIR: z.string().default('./data'),
  KINERJA_SEED: z.enum(['demo', 'none']).default('demo'),
  KINERJA_AUDIT_KEY: z.string().min(32).optional(),
  KINERJA_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  KINERJA_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  KINERJA_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  KINERJA_PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().min(3).default('Kinerja <kinerja@localhost>'),
  KINERJA_PUBLIC_URL: z.string().url().optional(),
});

export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string | null };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  dataDir: string;
  seed: 'demo' | 'none';
  auditKey: string | undefined;
  trustProxy: boolean;
  cookieSecure: 'auto' | boolean;
  loginRateLimitPerMinute: number;
  /** Reads of the public service pages (dashboard, unit page, ticket status) per minute per address. */
  publicReadRateLimitPerMinute: number;
  logLevel: string;
  smtpUrl: string | undefined;
  /** The From of every e-mail. */
  mailFrom: string;
  /** Where people open the app; e-mails link to it (no trailing slash). */
  publicUrl: string;
  webDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  // Servers sharing one PostgreSQL must share the audit key, or the chain breaks between them.
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.KINERJA_AUDIT_KEY) {
    throw new Error('Invalid configuration: KINERJA_AUDIT_KEY (at least 32 characters) is required in production with DATABASE_URL.');
  }
  const dataDir = path.resolve(e.KINERJA_DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    seed: e.NODE_ENV === 'production' ? 'none' : e.KINERJA_SEED,
    auditKey: e.KINERJA_AUDIT_KEY,
    trustProxy: e.KINERJA_TRUST_PROXY === 'true',
    cookieSecure: e.KINERJA_COOKIE_SECURE === 'auto' ? 'auto' : e.KINERJA_COOKIE_SECURE === 'true',
    loginRateLimitPerMinute: e.KINERJA_LOGIN_RATE_LIMIT,
    publicReadRateLimitPerMinute: e.KINERJA_PUBLIC_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.KINERJA_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    webDir: path.resolve('dist/web'),
  };
}
