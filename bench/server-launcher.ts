import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_ENTRY = 'src/server/main.ts';
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;
const OUTPUT_TAIL_CHARS = 4_000;

export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** The last few kilobytes the server wrote (it runs with LOG_LEVEL=warn, so warnings and errors). */
  recentOutput(): string;
  /** SIGTERM, then SIGKILL if it has not exited within the timeout. */
  stop(): Promise<void>;
}

/**
 * Starts `src/server/main.ts` as a child process on a free loopback port with `env` added to
 * ours, and resolves once GET /api/health answers 200 (migrations and the demo seed done).
 */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    cwd: REPO_ROOT,
    env: { ...inheritedEnv(), NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureTail(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child, exited);

  try {
    await Promise.race([
      waitForHealth(baseUrl),
      exited.then((code) => {
        throw new Error(`the server exited with code ${code} before it was ready`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output (tail) ---\n${output()}`, { cause: error });
  }
  return { baseUrl, pid: child.pid ?? -1, recentOutput: output, stop };
}

/**
 * Our environment without the server's own settings: a DATABASE_URL or KINERJA_DATA_DIR in the
 * caller's shell must not turn the PGlite rows into PostgreSQL ones, or bench someone's data.
 */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const serverSettings = new Set(['DATABASE_URL', 'PORT', 'HOST', 'LOG_LEVEL', 'NODE_ENV', 'SMTP_URL']);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !serverSettings.has(name) && !name.startsWith('KINERJA_')));
}

/** Port 0 is not printed by the server, so ask the OS for a free port and hand it over. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(baseUrl: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the server did not answer GET /api/health within ${READY_TIMEOUT_MS / 1000} s`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Keeps the last few kilobytes of the server's stdout and stderr, to explain a failed start. */
function captureTail(child: ChildProcess): () => string {
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
