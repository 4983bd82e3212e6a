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
  command: string;
  since: string;
}

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
      const stale = holder === null || (holder.hostname === me.hostname && !isAlive(holder.pid));
      if (!stale) throw new DataDirLockedError(lockFile, holder);
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the data directory lock ${lockFile}`);
}
