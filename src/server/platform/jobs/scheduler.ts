import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { release, tryLock } from './job-lock';

export interface ScheduledJob {
  /** Also the name of its lock in `job_lock`: unique across the app. */
  name: string;
  /** How often it runs across all server processes together. */
  everyMs: number;
  /** How long one run may take before another process may assume this one died (default 10 min). */
  lockTtlMs?: number;
  /** Whatever it resolves to is logged at debug level. */
  run(): Promise<unknown>;
}

export interface SchedulerOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  jobs: ScheduledJob[];
  /** Who holds the locks; unique per process unless a test names it. */
  holder?: string;
}

export interface Scheduler {
  readonly holder: string;
  /** One tick of every job, in order; resolves to the names of those that ran in this process. */
  runDueJobs(): Promise<string[]>;
  /** One tick of one job: it runs here only when due and its lock was ours. Job errors are logged, not thrown. */
  runOnce(name: string): Promise<boolean>;
  /** Stops the timers and waits for runs in progress, so the database can close after it. */
  stop(): Promise<void>;
}

const DEFAULT_LOCK_TTL_MS = 10 * 60 * 1000;
const FIRST_TICK_AFTER_MS = 10 * 1000;

export const processHolderId = () => `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/**
 * Jobs driven by hand (tests) or by `startScheduler`'s timers. Several processes may each run a
 * scheduler against one database: the lock row decides which of them runs a job, and its
 * `last_run_at` keeps the whole group to one run per interval.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { db, clock, logger, jobs } = options;
  const holder = options.holder ?? processHolderId();
  const running = new Map<string, Promise<boolean>>();
  let stopped = false;

  async function tick(job: ScheduledJob): Promise<boolean> {
    const startedAt = clock.now();
    // Timers drift a little: a tick a moment early still counts as due.
    const minIntervalMs = job.everyMs - Math.min(job.everyMs / 10, 5_000);
    try {
      if (!(await tryLock(db, job.name, holder, job.lockTtlMs ?? DEFAULT_LOCK_TTL_MS, startedAt, { minIntervalMs }))) return false;
    } catch (error) {
      logger.warn({ err: error, job: job.name }, 'job lock unavailable');
      return false;
    }
    let completed = false;
    try {
      const result = await job.run();
      completed = true;
      logger.debug({ job: job.name, holder, result }, 'job ran');
    } catch (error) {
      logger.error({ err: error, job: job.name, holder }, 'job failed');
    }
    try {
      // A failed run records no last_run_at, so the next tick (here or elsewhere) tries again.
      await release(db, job.name, holder, clock.now(), completed ? startedAt : undefined);
    } catch (error) {
      logger.warn({ err: error, job: job.name }, 'job lock release failed; it expires by itself');
    }
    return true;
  }

  function runOnce(name: string): Promise<boolean> {
    const job = jobs.find((j) => j.name === name);
    if (!job) return Promise.reject(new Error(`unknown job: ${name}`));
    // A run still going in this process is never overlapped by the next tick.
    if (stopped || running.has(name)) return Promise.resolve(false);
    const run = tick(job).finally(() => running.delete(name));
    running.set(name, run);
    return run;
  }

  return {
    holder,
    runOnce,
    async runDueJobs() {
      const ran: string[] = [];
      for (const job of jobs) if (await runOnce(job.name)) ran.push(job.name);
      return ran;
    },
    async stop() {
      stopped = true;
      await Promise.allSettled([...running.values()]);
    },
  };
}

/** A scheduler ticking each job every `everyMs` (the first tick shortly after start), on unref'd timers. */
export function startScheduler(options: SchedulerOptions & { firstTickAfterMs?: number }): Scheduler {
  const scheduler = createScheduler(options);
  const timers: NodeJS.Timeout[] = [];
  for (const job of options.jobs) {
    const tick = () => void scheduler.runOnce(job.name);
    const first = setTimeout(tick, options.firstTickAfterMs ?? FIRST_TICK_AFTER_MS);
    const every = setInterval(tick, job.everyMs);
    first.unref();
    every.unref();
    timers.push(first, every);
  }
  return {
    ...scheduler,
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      await scheduler.stop();
    },
  };
}
