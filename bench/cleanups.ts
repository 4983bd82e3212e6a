/** Undo steps for whatever is running now, so Ctrl-C still stops processes and removes databases and files. */
const cleanups = new Set<() => Promise<void>>();

/** Registers `cleanup` for an interrupt until the returned function is called. */
export function trackCleanup(cleanup: () => Promise<void>): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Runs `body`, then `cleanup` (also on failure); on Ctrl-C in between, the interrupt handler runs it. */
export async function withCleanup<T>(cleanup: () => Promise<void>, body: () => Promise<T>): Promise<T> {
  const untrack = trackCleanup(cleanup);
  try {
    return await body();
  } finally {
    untrack();
    await cleanup();
  }
}

/** On SIGINT: every pending cleanup, newest first (a process stops before its database is dropped), then exit 130. */
export function cleanUpOnInterrupt(log: (message: string) => void): void {
  process.once('SIGINT', () => {
    log('interrupted: cleaning up');
    void (async () => {
      for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => undefined);
      process.exit(130);
    })();
  });
}
