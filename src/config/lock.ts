// A lock file around read-modify-write, so parallel regnotify processes never lose each other's writes.
//
// Why not proper-lockfile (or the directory lock this replaces): both judge a lock stale by its age, which a
// live owner keeps fresh. A stopped owner (Ctrl-Z, a suspended laptop) keeps nothing fresh, so its lock was
// broken while it still held what it had read, and its write on resuming lost the other writer's change. Here
// the lock file names its owner (host, pid, process start time) and is broken only when that process is
// provably gone. Writers also compare-and-swap (src/config/store.ts), so even a lock removed by hand loses nothing.
import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanUpOnSignal } from '../core/exit-cleanup.js';
import { RegnotifyError } from '../core/errors.js';
import { describeOwner, newOwner, ownerIsGone, parseOwner, type LockOwner } from './lock-owner.js';

/** How long a writer waits for a live owner before giving up. */
const DEFAULT_WAIT_MS = 30_000;
/**
 * A lock without a readable owner is one being written this instant, or the directory an older regnotify
 * used: only age can tell those are abandoned.
 */
const OWNERLESS_STALE_MS = 10_000;
/** Breaking a lock takes milliseconds; a breaker marker older than this was left by a process that died. */
const BREAKER_STALE_MS = 5_000;

export interface HeldLock {
  /** False if someone broke this lock (by hand, or from another host) since it was taken. */
  stillHeld(): Promise<boolean>;
}

export interface LockOptions {
  waitMs?: number;
}

interface Observed {
  text?: string;
  owner?: LockOwner;
  directory: boolean;
  ageMs: number;
}

async function observe(lockPath: string): Promise<Observed | undefined> {
  try {
    const info = await stat(lockPath);
    const directory = info.isDirectory();
    const text = directory ? undefined : await readFile(lockPath, 'utf8');
    return { text, owner: text === undefined ? undefined : parseOwner(text), directory, ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function abandoned(lock: Observed): boolean {
  return lock.owner ? ownerIsGone(lock.owner) : lock.ageMs > OWNERLESS_STALE_MS;
}

/**
 * Removes the lock observed as abandoned, unless it changed meanwhile. A marker file makes breakers take
 * turns, so one never removes the fresh lock another took right after breaking the same stale one.
 */
async function breakLock(lockPath: string, stale: Observed): Promise<void> {
  const marker = `${lockPath}.breaking`;
  try {
    await writeFile(marker, '', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const info = await stat(marker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > BREAKER_STALE_MS) await unlink(marker).catch(() => {});
    return;
  }
  try {
    const now = await observe(lockPath);
    if (!now || now.directory !== stale.directory || now.text !== stale.text) return;
    await (now.directory ? rmdir(lockPath) : unlink(lockPath)).catch(() => {});
  } finally {
    await unlink(marker).catch(() => {});
  }
}

function busy(lockPath: string, lock: Observed): RegnotifyError {
  const who = lock.owner ? `${describeOwner(lock.owner)}, which is still running (perhaps stopped with Ctrl-Z)` : 'a process that is still writing it';
  return new RegnotifyError(`could not lock ${lockPath}: it is held by ${who}`, {
    hint: lock.owner ? `let that process finish, or end it (kill ${lock.owner.pid}); its lock goes with it` : `remove ${lockPath} if no regnotify is running`,
  });
}

export async function withLock<T>(lockPath: string, work: (lock: HeldLock) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const owner = newOwner();
  const ownText = `${JSON.stringify(owner)}\n`;
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS);
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lockPath, ownText, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = await observe(lockPath);
    if (!current) continue;
    if (abandoned(current)) {
      await breakLock(lockPath, current);
      continue;
    }
    if (Date.now() > deadline) throw busy(lockPath, current);
    await sleep(5 + Math.random() * Math.min(100, 5 * (attempt + 1)));
  }
  const releaseOnSignal = cleanUpOnSignal(() => {
    if (readFileSync(lockPath, 'utf8') === ownText) unlinkSync(lockPath);
  });
  const stillHeld = async () => (await readFile(lockPath, 'utf8').catch(() => undefined)) === ownText;
  try {
    return await work({ stillHeld });
  } finally {
    releaseOnSignal();
    if (await stillHeld()) await unlink(lockPath).catch(() => {});
  }
}
