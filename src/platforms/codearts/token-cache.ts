// IAM tokens live 24 h; they are cached in one 0600 file beside the profiles, keyed by the identity
// that obtained them. Renewal runs under a lock, so parallel regnotify runs ask IAM once between them.

import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withLock } from '../../config/lock.js';
import type { IamIdentity } from './auth.js';

export const TOKEN_CACHE_FILE = 'codearts-tokens.json';
/** A token this close to `expires_at` is renewed rather than sent. */
export const RENEW_BEFORE_MS = 5 * 60 * 1000;

export interface CachedToken {
  token: string;
  /** ISO 8601, as IAM returns it. */
  expires_at: string;
}

type CacheFile = Record<string, CachedToken>;

export function cacheKey(identity: IamIdentity): string {
  return `${identity.username}@${identity.domain} ${identity.region} ${identity.endpoint}`;
}

export function isFresh(entry: CachedToken | undefined, now = Date.now()): entry is CachedToken {
  if (!entry || typeof entry.token !== 'string' || entry.token === '') return false;
  const expires = Date.parse(entry.expires_at);
  return Number.isFinite(expires) && expires - now > RENEW_BEFORE_MS;
}

export class TokenCache {
  constructor(readonly directory: string) {}

  get path(): string {
    return join(this.directory, TOKEN_CACHE_FILE);
  }

  private async readAll(): Promise<CacheFile> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.path, 'utf8'));
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as CacheFile) : {};
    } catch {
      // Missing or damaged: both mean "no token", and the next write replaces the file.
      return {};
    }
  }

  async read(identity: IamIdentity): Promise<CachedToken | undefined> {
    return (await this.readAll())[cacheKey(identity)];
  }

  /**
   * A fresh cached token, or the one `fetch` obtains (then cached). With `renew`, always fetches.
   * Readers never see a half-written file: it is written beside and renamed over.
   */
  async obtain(identity: IamIdentity, fetch: () => Promise<CachedToken>, options: { renew?: boolean } = {}): Promise<CachedToken> {
    if (!options.renew) {
      const cached = await this.read(identity);
      if (isFresh(cached)) return cached;
    }
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    return withLock(`${this.path}.lock`, async () => {
      const all = await this.readAll();
      const key = cacheKey(identity);
      // Another run may have renewed it while this one waited for the lock.
      if (!options.renew && isFresh(all[key])) return all[key];
      const fetched = await fetch();
      const now = Date.now();
      const kept = Object.fromEntries(Object.entries(all).filter(([, entry]) => Date.parse(entry?.expires_at) > now));
      await this.write({ ...kept, [key]: fetched });
      return fetched;
    });
  }

  private async write(data: CacheFile): Promise<void> {
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
    await chmod(temporary, 0o600);
    await rename(temporary, this.path);
  }
}
