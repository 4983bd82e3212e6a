import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createInstansi, FIXTURE_PASSWORD } from '../../../../test/support/fixtures';
import { createTestOrganisation } from '../../../../test/support/org-fixtures';
import { freePort, startPrivatePostgres, type PrivatePostgres } from '../../../../test/support/private-postgres';
import { TEST_AUDIT_KEY, testDatabaseKind } from '../../../../test/support/test-database';
import { openDatabase } from './database';
import { migrateToLatest } from './migrate';

/*
 * The operator's test: the real server process (src/server/main.ts) on a PostgreSQL cluster of
 * its own, 16 clients writing feedback, and the cluster restarted and then stopped for ten
 * seconds underneath it. The process must live through both, refuse with 503 while the database
 * is away, serve again by itself, and every write it acknowledged must be stored exactly once.
 */
const root = path.resolve(import.meta.dirname, '../../../..');
const CLIENTS = 16;

interface Outcome {
  marker: string;
  status: number | 'no-answer';
  code?: string;
  at: number;
}

let pg: PrivatePostgres;
let server: ChildProcess;
let baseUrl: string;
let staffPegawaiId: string;
let kasiLogin: string;
const serverLog: string[] = [];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-restart-'));

async function waitForHealth(status: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
    if (res?.status === status) return true;
    await sleep(200);
  }
  return false;
}

async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: kasiLogin, password: FIXTURE_PASSWORD }) });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function write(session: { cookie: string; csrf: string }, marker: string): Promise<Outcome> {
  try {
    const res = await fetch(`${baseUrl}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: JSON.stringify({ toPegawaiId: staffPegawaiId, text: marker }),
      // Bounded: a request must never hang on a dead connection longer than the pool's connect timeout.
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
    return { marker, status: res.status, code: body.error?.code, at: Date.now() };
  } catch {
    return { marker, status: 'no-answer', at: Date.now() };
  }
}

/** 16 clients writing as fast as the server answers until `stop()`; each write has its own marker. */
function startWriters(sessions: { cookie: string; csrf: string }[], prefix: string) {
  let running = true;
  const outcomes: Outcome[] = [];
  const loops = sessions.map(async (session, client) => {
    for (let n = 0; running; n++) {
      const outcome = await write(session, `${prefix}-${client}-${n}`);
      outcomes.push(outcome);
      if (outcome.status !== 200) await sleep(50);
    }
  });
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

describe('a PostgreSQL restart under load', { skip: testDatabaseKind() === 'postgres' ? false : 'runs in the PostgreSQL pass of npm test' }, () => {
  before(async () => {
    pg = await startPrivatePostgres();
    const database = await openDatabase({ kind: 'postgres', url: pg.url }, { poolSize: 1 });
    try {
      await migrateToLatest(database.db);
      await createInstansi(database.db, 'UJI', 'Instansi Uji');
      const ids = await createTestOrganisation(database.db, '2026-03-02');
      staffPegawaiId = ids.staff1!;
      kasiLogin = ids['kasiA1.nip']!;
    } finally {
      await database.close();
    }
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts')], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: pg.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        KINERJA_DATA_DIR: dataDir,
        KINERJA_SEED: 'none',
        KINERJA_AUDIT_KEY: TEST_AUDIT_KEY,
        KINERJA_LOGIN_RATE_LIMIT: '1000',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (chunk: Buffer) => serverLog.push(String(chunk)));
    assert.ok(await waitForHealth(200, 60_000), `the server did not start:\n${serverLog.join('')}`);
  });

  after(async () => {
    server?.kill('SIGTERM');
    await pg?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('when the cluster restarts while 16 clients write, then the process survives, refusals are 503 and every acknowledged write is stored exactly once', async () => {
    const sessions = await Promise.all(Array.from({ length: CLIENTS }, signIn));
    const writers = startWriters(sessions, 'restart');
    await sleep(1_500);
    const restartedAt = Date.now();
    await pg.stop();
    await pg.start();
    const backAt = Date.now();
    await sleep(2_000);
    const outcomes = await writers.stop();

    assert.equal(server.exitCode, null, `the server process ended:\n${serverLog.join('')}`);
    const acknowledged = outcomes.filter((o) => o.status === 200);
    const refused = outcomes.filter((o) => o.status !== 200);
    const wrong = refused.filter((o) => o.status !== 503 || o.code !== 'DB_UNAVAILABLE');
    assert.deepEqual(wrong, [], 'a write the database could not take is refused with 503 DB_UNAVAILABLE, never a 500 or no answer');
    assert.ok(acknowledged.some((o) => o.at < restartedAt), 'writes succeeded before the restart');
    assert.ok(acknowledged.some((o) => o.at > backAt + 500), 'writes succeed again after the restart, without restarting the server');

    const stored = await storedMarkers('restart');
    const lost = acknowledged.filter((o) => stored.get(o.marker) !== 1);
    assert.deepEqual(lost, [], 'every acknowledged write is stored exactly once');
    assert.ok([...stored.values()].every((n) => n === 1), 'no write is stored twice');
    // The figures for the note: sent, acknowledged, refused, stored, lost.
    console.log(`restart under load: sent ${outcomes.length}, acknowledged ${acknowledged.length}, refused ${refused.length} (503), stored ${stored.size}, lost ${lost.length}`);
  });

  test('when the cluster is stopped for ten seconds, then health and writes answer 503 throughout, and 200 again once it is back', async () => {
    const [session] = await Promise.all([signIn()]);
    await pg.stop();
    const downUntil = Date.now() + 10_000;
    const during: number[] = [];
    const writesDuring: Outcome[] = [];
    for (let i = 0; Date.now() < downUntil; i++) {
      const started = Date.now();
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(8_000) });
      during.push(res.status);
      if (i % 3 === 0) writesDuring.push(await write(session!, `outage-${i}`));
      assert.ok(Date.now() - started < 7_000, 'an answer during the outage is bounded by the connect timeout');
      await sleep(250);
    }
    await pg.start();
    assert.ok(during.length >= 5 && during.every((s) => s === 503), `health during the outage: ${during.join(',')}`);
    assert.ok(writesDuring.every((o) => o.status === 503 && o.code === 'DB_UNAVAILABLE'), JSON.stringify(writesDuring));
    assert.ok(await waitForHealth(200, 15_000), 'health is 200 again once the database is back');
    assert.equal((await write(session!, 'after-outage')).status, 200, 'the same process writes again');
    assert.equal(server.exitCode, null, `the server process ended:\n${serverLog.join('')}`);
    const stored = await storedMarkers('outage-');
    assert.equal(stored.size, 0, 'nothing refused during the outage was stored');
    console.log(`ten-second outage: health 503 ×${during.length}, writes refused ${writesDuring.length}, stored 0`);
  });
});

async function storedMarkers(prefix: string): Promise<Map<string, number>> {
  const database = await openDatabase({ kind: 'postgres', url: pg.url }, { poolSize: 1 });
  try {
    const rows = await database.db.selectFrom('feedback').select('text').where('text', 'like', `${prefix}%`).execute();
    const counts = new Map<string, number>();
    for (const { text } of rows) counts.set(text, (counts.get(text) ?? 0) + 1);
    return counts;
  } finally {
    await database.close();
  }
}
