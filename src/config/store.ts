// Profiles live in one 0600 JSON file under a 0700 directory; every write is locked and re-chmodded.
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { withLock } from './lock.js';
import type { StoreData } from './profile.js';

const FILE_NAME = 'profiles.json';

export class ProfileStore {
  constructor(readonly directory: string) {}

  get path(): string {
    return join(this.directory, FILE_NAME);
  }

  /** A plain read: no lock and no conf, so read-only commands start fast. */
  async read(): Promise<StoreData> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {}, defaults: {} };
      throw error;
    }
    return this.parse(text);
  }

  /** zod loads only when there is a file to check, keeping it off the start-up path of most commands. */
  private async parse(text: string | object): Promise<StoreData> {
    const { storeSchema } = await import('./profile.js');
    try {
      return storeSchema.parse(typeof text === 'string' ? JSON.parse(text) : text);
    } catch {
      throw new UsageError(`profile file ${this.path} is not valid`, { hint: 'fix or remove the file, then add the profiles again' });
    }
  }

  /** Read-modify-write under the lock; `change` may return a value that is passed through. */
  async update<T>(change: (data: StoreData) => T): Promise<T> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    await chmod(this.directory, 0o700);
    return withLock(join(this.directory, `${FILE_NAME}.lock`), async () => {
      const { default: Conf } = await import('conf');
      const conf = new Conf<Record<string, unknown>>({
        cwd: this.directory,
        configName: 'profiles',
        projectSuffix: '',
        configFileMode: 0o600,
        accessPropertiesByDotNotation: false,
        clearInvalidConfig: false,
      });
      const data = await this.parse(conf.store);
      const result = change(data);
      conf.store = data as unknown as Record<string, unknown>;
      await chmod(this.path, 0o600);
      return result;
    });
  }
}
