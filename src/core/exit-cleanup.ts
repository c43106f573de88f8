// What a signal must undo before the process ends: a held lock, a half-written temporary file. Each
// holder registers a synchronous cleanup while it holds something; src/cli/main.ts runs them on
// SIGINT, SIGTERM and SIGHUP, so the next regnotify never waits for a lock nobody holds.

const cleanups = new Set<() => void>();

/** Registers `cleanup`; call the returned function once it is no longer needed. */
export function cleanUpOnSignal(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

export function runSignalCleanups(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // The process is ending: what could not be undone is judged by the next run (e.g. a lock whose owner is gone).
    }
  }
}
