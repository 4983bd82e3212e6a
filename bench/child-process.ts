import { spawn } from 'node:child_process';
import { trackCleanup } from './cleanups';
import { inheritedEnv, REPO_ROOT } from './server-launcher';

const OUTPUT_TAIL_CHARS = 4_000;

export interface ChildResult<T> {
  /** The JSON the script printed as its last stdout line. */
  value: T;
  /** Process start to exit: node, tsx, module loading, opening the database, the work, closing. */
  wallSeconds: number;
}

/**
 * Runs a bench script (`tsx bench/<script>`) in its own process with the target's database
 * environment — the PGlite directory can have only one opener, so the server must be stopped —
 * and parses the JSON line it prints. A non-zero exit or a timeout is an error with the output tail.
 */
export function runBenchScript<T>(script: string, args: string[], env: Record<string, string>, timeoutMs = 600_000): Promise<ChildResult<T>> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', `bench/${script}`, ...args], {
    cwd: REPO_ROOT,
    env: { ...inheritedEnv(), NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let tail = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS)));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  // On Ctrl-C the script stops before its database is removed (a PGlite directory has one opener).
  const untrack = trackCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      untrack();
      reject(error);
    });
    // 'close', not 'exit': the last stdout line may still be in the pipe when the process exits.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      untrack();
      const wallSeconds = (performance.now() - started) / 1000;
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0) {
        try {
          resolve({ value: JSON.parse(last) as T, wallSeconds });
          return;
        } catch {
          // fall through: no JSON line
        }
      }
      const why = signal === 'SIGKILL' ? `was stopped after ${timeoutMs / 1000} s` : `exited with ${signal ?? code}`;
      reject(new Error(`bench/${script} ${args.join(' ')} ${why}\n--- output (tail) ---\n${(tail + stdout).slice(-OUTPUT_TAIL_CHARS)}`));
    });
  });
}
