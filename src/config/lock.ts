// A directory lock around read-modify-write, so parallel regnotify processes never lose each other's writes.
import { mkdir, rmdir, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

const STALE_AFTER_MS = 10_000;
const GIVE_UP_AFTER_MS = 15_000;

async function removeIfStale(lockPath: string): Promise<void> {
  try {
    const info = await stat(lockPath);
    if (Date.now() - info.mtimeMs > STALE_AFTER_MS) await rmdir(lockPath);
  } catch {
    // Gone already, or taken by someone else: either way try again.
  }
}

export async function withLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(lockPath, { mode: 0o700 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - started > GIVE_UP_AFTER_MS) {
        throw new Error(`could not lock ${lockPath} (another regnotify is still writing; remove the directory if none is running)`);
      }
      await removeIfStale(lockPath);
      await sleep(5 + Math.random() * Math.min(50, 5 * (attempt + 1)));
    }
  }
  try {
    return await work();
  } finally {
    await rmdir(lockPath).catch(() => {});
  }
}
