import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildApp } from '../../app';
import { openDatabase } from '../../platform/db/database';
import { migrateToLatest } from '../../platform/db/migrate';
import { startTestApp } from '../../../../test/support/test-app';
import { testConfig, testDatabaseKind } from '../../../../test/support/test-database';
import { startPrivatePostgres } from '../../../../test/support/private-postgres';

describe('health', () => {
  test(`when the ${testDatabaseKind()} database answers, then 200 with its kind`, async () => {
    const t = await startTestApp();
    try {
      const res = await t.request({ method: 'GET', url: '/api/health' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { status: 'ok', db: testDatabaseKind() });
      assert.ok(res.headers['x-request-id'], 'every reply carries its request id');
    } finally {
      await t.close();
    }
  });

  test(
    'when PostgreSQL is stopped, then health answers 503 DB_UNAVAILABLE, and 200 again by itself once it is started',
    { skip: testDatabaseKind() === 'postgres' ? false : 'runs in the PostgreSQL pass of npm test' },
    async () => {
      const server = await startPrivatePostgres();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-health-'));
      const database = await openDatabase({ kind: 'postgres', url: server.url });
      const app = await buildApp({ config: testConfig(dataDir), database });
      try {
        await migrateToLatest(database.db);
        assert.equal((await app.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
        await server.stop();
        const down = await app.inject({ method: 'GET', url: '/api/health' });
        assert.equal(down.statusCode, 503);
        assert.equal(down.json().error.code, 'DB_UNAVAILABLE');
        const me = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'walikota', password: 'kinerja-demo' } });
        assert.equal(me.statusCode, 503, 'a request that needs the database says so instead of a 500');
        await server.start();
        let status = 0;
        for (let i = 0; i < 20 && status !== 200; i++) {
          status = (await app.inject({ method: 'GET', url: '/api/health' })).statusCode;
          if (status !== 200) await new Promise((r) => setTimeout(r, 250));
        }
        assert.equal(status, 200);
      } finally {
        await app.close();
        await database.close();
        await server.destroy();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
