// Profiles live in one 0600 JSON file under a 0700 directory. A write never proceeds over a file it cannot
// fully understand, keeps every key it does not know, and replaces the file (atomically, by renaming a
// finished temporary file over it) only if nobody changed it since it was read: compare-and-swap under the lock.
//
// Why not conf (used before): it cannot refuse a damaged file with a clear message, drops unknown keys, and
// writes without a moment to check the file is still the one read; those three are the point of this module.
import { unlinkSync } from 'node:fs';
import { chmod, mkdir, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { crypto } from '../core/builtins.js';
import { cleanUpOnSignal } from '../core/exit-cleanup.js';
import { RegnotifyError, UsageError } from '../core/errors.js';
import { withLock, type HeldLock, type LockOptions } from './lock.js';
import type { StoreData } from './profile.js';
import type { StoreDocument } from './store-file.js';

const FILE_NAME = 'profiles.json';
/** A file that changes under a broken lock this often in a row is not fought over further. */
const WRITE_ATTEMPTS = 3;

export interface ProfileStoreOptions {
  /** Told once when the file can be read by other users. */
  warn?: (message: string) => void;
  lock?: LockOptions;
}

type Attempt<T> = { written: true; result: T } | { written: false };

export class ProfileStore {
  private warnedExposed = false;

  constructor(
    readonly directory: string,
    private readonly options: ProfileStoreOptions = {},
  ) {}

  get path(): string {
    return join(this.directory, FILE_NAME);
  }

  /** A plain read: no lock, so read-only commands start fast. */
  async read(): Promise<StoreData> {
    const text = await this.readText();
    if (text !== undefined) await this.warnIfExposed();
    return (await this.parse(text)).data;
  }

  /** Read-modify-write under the lock; `change` may return a value that is passed through. */
  async update<T>(change: (data: StoreData) => T): Promise<T> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    await chmod(this.directory, 0o700);
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const outcome = await withLock(join(this.directory, `${FILE_NAME}.lock`), (lock) => this.tryUpdate(change, lock), this.options.lock);
      if (outcome.written) return outcome.result;
    }
    throw new RegnotifyError(`${this.path} kept changing while this write waited (another process ignored the lock); nothing was written`, {
      hint: 'run the command again',
    });
  }

  private async tryUpdate<T>(change: (data: StoreData) => T, lock: HeldLock): Promise<Attempt<T>> {
    const before = await this.readText();
    const document = await this.parse(before);
    const result = change(document.data);
    const { serializeStore } = await import('./store-file.js');
    const text = serializeStore(document.data, document.original);
    // A symlinked profiles.json (kept with dotfiles) stays a link: the file it points to is replaced.
    const target = before === undefined ? this.path : await realpath(this.path);
    const temporary = `${target}.${crypto().randomBytes(6).toString('hex')}.tmp`;
    const removeOnSignal = cleanUpOnSignal(() => unlinkSync(temporary));
    try {
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.chmod(0o600);
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // Someone wrote meanwhile only if our lock was broken (by hand, or from another host): start over
      // from what they wrote rather than replace it.
      if ((await this.readText()) !== before || !(await lock.stillHeld())) return { written: false };
      await rename(temporary, target);
      return { written: true, result };
    } finally {
      removeOnSignal();
      await unlink(temporary).catch(() => {});
    }
  }

  /** The file's text; undefined when there is none yet. */
  private async readText(): Promise<string | undefined> {
    try {
      return await readFile(this.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      if (code === 'EISDIR') throw this.problem('is a directory, not a file');
      if (code === 'EACCES') throw this.problem('cannot be read (permission denied)');
      throw error;
    }
  }

  /** zod loads only when there is a file to check, keeping it off the start-up path of most commands. */
  private async parse(text: string | undefined): Promise<StoreDocument> {
    if (text === undefined) return { data: { profiles: new Map(), defaults: {} }, original: {} };
    const { parseStore, StoreFileProblem } = await import('./store-file.js');
    try {
      return parseStore(text);
    } catch (error) {
      if (error instanceof StoreFileProblem) throw this.problem(error.problem);
      throw error;
    }
  }

  private problem(what: string): UsageError {
    return new UsageError(`profile file ${this.path} ${what}`, {
      hint: 'fix the file or move it aside; regnotify never writes over a profile file it cannot read',
    });
  }

  private async warnIfExposed(): Promise<void> {
    if (this.warnedExposed || !this.options.warn) return;
    const mode = (await stat(this.path)).mode & 0o777;
    if ((mode & 0o077) === 0) return;
    this.warnedExposed = true;
    this.options.warn(`profile file ${this.path} can be read by other users (mode ${mode.toString(8).padStart(4, '0')}); protect it with: chmod 600 ${this.path}`);
  }
}
