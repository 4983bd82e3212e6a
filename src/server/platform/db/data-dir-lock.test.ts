import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-lock-'));
const database = path.join(dir, 'pglite');
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('when this process already holds the directory, then a second open is refused naming the holder', () => {
  const release = acquireDataDirLock(database);
  try {
    assert.throws(() => acquireDataDirLock(database), (error: unknown) => error instanceof DataDirLockedError && error.holder.pid === process.pid);
  } finally {
    release();
  }
  assert.equal(fs.existsSync(`${database}.lock`), false);
});

test('when the lock names this pid but predates this process (a restarted container), then it is taken over', () => {
  fs.writeFileSync(`${database}.lock`, JSON.stringify({ pid: process.pid, hostname: os.hostname(), command: 'old', since: '2020-01-01T00:00:00.000Z' }));
  const release = acquireDataDirLock(database);
  release();
});

test('when the lock was written under another boot, then it is taken over even if that pid is alive now', () => {
  fs.writeFileSync(`${database}.lock`, JSON.stringify({ pid: 1, hostname: os.hostname(), bootId: 'another-boot', command: 'old', since: '2020-01-01T00:00:00.000Z' }));
  const release = acquireDataDirLock(database);
  release();
});

test('when a lock file is being written (unreadable and fresh), then the opener backs off', () => {
  fs.writeFileSync(`${database}.lock`, '{"pid": 12');
  assert.throws(() => acquireDataDirLock(database), DataDirLockedError);
  fs.rmSync(`${database}.lock`);
});
