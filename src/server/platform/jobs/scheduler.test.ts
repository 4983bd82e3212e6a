import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { createTestDatabase } from '../../../../test/support/test-database';
import { manualClock } from '../clock';
import { openDatabase, type DatabaseHandle } from '../db/database';
import { release, tryLock } from './job-lock';
import { createScheduler, type ScheduledJob } from './scheduler';

let database: DatabaseHandle;
/** On PostgreSQL a second pool to the same database, as a second server process would have. */
let other: DatabaseHandle;
let drop: () => Promise<void>;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-jobs-'));
const clock = manualClock(new Date('2026-03-02T01:00:00.000Z'));
const logLines: { level: number; msg: string; job?: string }[] = [];
const logger = pino({ level: 'debug' }, new Writable({ write: (chunk, _enc, done) => (logLines.push(JSON.parse(String(chunk))), done()) }));

before(async () => {
  const created = await createTestDatabase(dataDir);
  database = created.database;
  drop = created.drop;
  other = created.url ? await openDatabase({ kind: 'postgres', url: created.url }) : database;
});
after(async () => {
  if (other !== database) await other.close();
  await drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the job lock', () => {
  test('when two holders try the same lock at once, then exactly one gets it', async () => {
    const now = clock.now();
    const results = await Promise.all([tryLock(database.db, 'race', 'a', 60_000, now), tryLock(other.db, 'race', 'b', 60_000, now)]);
    assert.deepEqual(results.filter(Boolean).length, 1);
  });

  test('when the lock time is up, then another holder may take it; before that it may not', async () => {
    const t0 = clock.now();
    assert.equal(await tryLock(database.db, 'ttl', 'a', 1_000, t0), true);
    assert.equal(await tryLock(other.db, 'ttl', 'b', 1_000, new Date(t0.getTime() + 999)), false);
    assert.equal(await tryLock(other.db, 'ttl', 'b', 1_000, new Date(t0.getTime() + 1_001)), true);
    const row = await database.db.selectFrom('job_lock').select('holder').where('name', '=', 'ttl').executeTakeFirstOrThrow();
    assert.equal(row.holder, 'b');
  });

  test('when a run is released, then the lock is free at once, but a minimum interval still counts from that run', async () => {
    const t0 = clock.now();
    assert.equal(await tryLock(database.db, 'interval', 'a', 60_000, t0, { minIntervalMs: 30_000 }), true);
    await release(database.db, 'interval', 'a', new Date(t0.getTime() + 10), t0);
    assert.equal(await tryLock(other.db, 'interval', 'b', 60_000, new Date(t0.getTime() + 20)), true, 'free without an interval');
    await release(other.db, 'interval', 'b', new Date(t0.getTime() + 30));
    assert.equal(await tryLock(other.db, 'interval', 'b', 60_000, new Date(t0.getTime() + 40), { minIntervalMs: 30_000 }), false, 'ran 40 ms ago');
    assert.equal(await tryLock(other.db, 'interval', 'b', 60_000, new Date(t0.getTime() + 30_000), { minIntervalMs: 30_000 }), true);
  });

  test('when someone else holds the lock, then release by another holder leaves it alone', async () => {
    const t0 = clock.now();
    assert.equal(await tryLock(database.db, 'mine', 'a', 60_000, t0), true);
    await release(other.db, 'mine', 'b', t0);
    assert.equal(await tryLock(other.db, 'mine', 'b', 60_000, new Date(t0.getTime() + 1)), false);
  });
});

describe('the scheduler', () => {
  const counting = (name: string, everyMs: number) => {
    const job = { name, everyMs, runs: 0, run: async () => void (job.runs += 1) };
    return job;
  };

  test('when two schedulers tick together, then a job runs in one of them only, and again only after its interval', async () => {
    const job = counting('count', 30_000);
    const a = createScheduler({ db: database.db, clock, logger, jobs: [job], holder: 'host-a:1:x' });
    const b = createScheduler({ db: other.db, clock, logger, jobs: [job], holder: 'host-b:2:y' });
    const first = await Promise.all([a.runDueJobs(), b.runDueJobs()]);
    assert.equal(first.flat().length, 1);
    assert.equal(job.runs, 1);
    clock.advance(10_000);
    assert.deepEqual((await Promise.all([a.runDueJobs(), b.runDueJobs()])).flat(), []);
    clock.advance(20_000);
    await Promise.all([a.runDueJobs(), b.runDueJobs()]);
    assert.equal(job.runs, 2);
    const lock = await database.db.selectFrom('job_lock').selectAll().where('name', '=', 'count').executeTakeFirstOrThrow();
    assert.equal(lock.last_run_at?.toISOString(), clock.now().toISOString());
  });

  test('when a job throws, then the error is logged, not thrown, and the next tick tries again', async () => {
    let fail = true;
    const job: ScheduledJob = { name: 'flaky', everyMs: 60_000, run: async () => { if (fail) throw new Error('boom'); } };
    const s = createScheduler({ db: database.db, clock, logger, jobs: [job], holder: 'host-a:1:x' });
    assert.deepEqual(await s.runDueJobs(), ['flaky']);
    assert.ok(logLines.some((l) => l.job === 'flaky' && l.level === 50 && l.msg === 'job failed'));
    fail = false;
    clock.advance(1);
    assert.deepEqual(await s.runDueJobs(), ['flaky'], 'a failed run records no last run');
    clock.advance(1);
    assert.deepEqual(await s.runDueJobs(), [], 'a good run does');
  });

  test('when a run is still going, then the next tick in the same process does not overlap it', async () => {
    let finish!: () => void;
    let runs = 0;
    const job: ScheduledJob = { name: 'slow', everyMs: 1_000, lockTtlMs: 5_000, run: () => ((runs += 1), new Promise<void>((resolve) => (finish = resolve))) };
    const s = createScheduler({ db: database.db, clock, logger, jobs: [job] });
    const running = s.runOnce('slow');
    await new Promise((resolve) => setTimeout(resolve, 50));
    clock.advance(10_000);
    assert.equal(await s.runOnce('slow'), false);
    finish();
    assert.equal(await running, true);
    assert.equal(runs, 1);
    await s.stop();
    assert.equal(await s.runOnce('slow'), false, 'a stopped scheduler runs nothing');
    assert.match(s.holder, new RegExp(`^${os.hostname()}:${process.pid}:[0-9a-f]{8}$`));
  });
});
