import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite has no lock of its own and a second process opening the same directory corrupts it,
 * so whoever opens the data directory takes this lock file first. A lock left by a process that
 * no longer runs is taken over; a live holder makes every other opener fail at once.
 */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** Linux boot id: after a reboot or a new container the same pid is another process. */
  bootId?: string;
  command: string;
  since: string;
}

function currentBootId(): string | undefined {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}

// A lock file younger than this that cannot be read is being written by its owner right now.
const FRESH_MS = 5_000;

export class DataDirLockedError extends Error {
  constructor(readonly lockFile: string, readonly holder: LockHolder) {
    super(
      `The data directory is in use by process ${holder.pid} (${holder.command}) on ${holder.hostname} since ${holder.since}. ` +
        `Stop that process first; only one process may open a PGlite database (lock: ${lockFile}).`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const startedAt = Date.now() - process.uptime() * 1000;

function isStale(holder: LockHolder, me: LockHolder): boolean {
  if (holder.hostname !== me.hostname) return false;
  if (holder.bootId && me.bootId && holder.bootId !== me.bootId) return true;
  // Our own pid in an older lock: a previous process (e.g. before a container restart) had it.
  if (holder.pid === me.pid) return Date.parse(holder.since) < startedAt - 1000;
  return !isAlive(holder.pid);
}

function isFresh(lockFile: string): boolean {
  try {
    return Date.now() - fs.statSync(lockFile).mtimeMs < FRESH_MS;
  } catch {
    return false;
  }
}

function readHolder(lockFile: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(lockFile, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** Takes `<databaseDir>.lock` beside the database directory; returns the release function. */
export function acquireDataDirLock(databaseDir: string): () => void {
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  const lockFile = `${databaseDir}.lock`;
  const me: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    bootId: currentBootId(),
    command: process.argv.slice(1).map((a) => path.basename(a)).join(' ') || 'node',
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (readHolder(lockFile)?.pid === process.pid) fs.rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockFile);
      if (holder === null) {
        if (isFresh(lockFile)) throw new DataDirLockedError(lockFile, { pid: 0, hostname: '?', command: 'a process still writing its lock', since: new Date().toISOString() });
      } else if (!isStale(holder, me)) {
        throw new DataDirLockedError(lockFile, holder);
      }
      // Move the stale lock aside atomically: of two processes taking over, only one rename succeeds.
      // If what we moved is not the lock we judged stale, another opener won meanwhile: put it back.
      const aside = `${lockFile}.stale-${process.pid}`;
      try {
        fs.renameSync(lockFile, aside);
        const moved = readHolder(aside);
        if (holder !== null && (moved?.pid !== holder.pid || moved?.since !== holder.since)) {
          fs.renameSync(aside, lockFile);
          throw new DataDirLockedError(lockFile, moved ?? holder);
        }
        fs.rmSync(aside, { force: true });
      } catch (renameError) {
        if ((renameError as NodeJS.ErrnoException).code !== 'ENOENT') throw renameError;
      }
    }
  }
  throw new Error(`Could not take the data directory lock ${lockFile}`);
}
