import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import { manualClock } from '../../src/server/platform/clock';
import type { DatabaseHandle, Db } from '../../src/server/platform/db/database';
import { DEMO_PASSWORD, demoAccounts } from '../../src/server/seed/demo-accounts';
import type { Role } from '../../src/shared/roles';
import { createTestDatabase, testConfig } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: DatabaseHandle;
  clock: ReturnType<typeof manualClock>;
  dataDir: string;
  databaseUrl: string | null;
  /** Signs in and returns a client that sends the session cookie and CSRF token. */
  signIn(login: string, password?: string): Promise<TestClient>;
  /** Signs in as a demo account holding `role`. */
  signInAs(role: Role): Promise<TestClient>;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface TestClient {
  cookie: string;
  csrfToken: string;
  accountId: string;
  login: string;
  request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

/** The demo login to use for a role: the first demo account whose roles include it. */
export function demoLoginFor(role: Role): string {
  const account = demoAccounts.find((a) => a.roles.includes(role));
  if (!account) throw new Error(`no demo account has role ${role}`);
  return account.login;
}

/** A fresh app on a fresh database cloned from the migrated, demo-seeded template. */
export async function startTestApp(options: { loginRateLimitPerMinute?: number; trustProxy?: boolean } = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-test-'));
  const { database, url, drop } = await createTestDatabase(dataDir);
  const clock = manualClock(new Date('2026-03-02T01:00:00.000Z'));
  // Tests sign in often from one address; the rate-limit test sets its own low limit.
  const config = { ...testConfig(dataDir), webDir: path.join(dataDir, 'no-web'), loginRateLimitPerMinute: options.loginRateLimitPerMinute ?? 10_000,
    trustProxy: options.trustProxy ?? false,
  };
  const app = await buildApp({ config, database, clock });
  await app.ready();

  const request = (options: InjectOptions) => app.inject(options);

  async function signIn(login: string, password = DEMO_PASSWORD): Promise<TestClient> {
    const res = await request({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in as ${login} failed: ${res.statusCode} ${res.body}`);
    const session = res.cookies.find((c) => c.name === 'kinerja_sid');
    if (!session) throw new Error('no session cookie');
    const body = res.json() as { csrfToken: string; user: { id: string } };
    const cookie = `kinerja_sid=${session.value}`;
    return {
      cookie,
      csrfToken: body.csrfToken,
      accountId: body.user.id,
      login,
      request: ({ csrf = true, headers, ...rest }) =>
        request({ ...rest, headers: { ...headers, cookie, ...(csrf ? { 'x-csrf-token': body.csrfToken } : {}) } }),
    };
  }

  return {
    app,
    db: database.db,
    database,
    clock,
    dataDir,
    databaseUrl: url,
    signIn,
    signInAs: (role) => signIn(demoLoginFor(role)),
    request,
    close: async () => {
      await app.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
