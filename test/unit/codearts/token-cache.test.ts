import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, isFresh, RENEW_BEFORE_MS, TokenCache } from '../../../src/platforms/codearts/token-cache.js';

const identity = { username: 'u', domain: 'd', region: 'cn-north-4', endpoint: 'https://iam.cn-north-4.myhuaweicloud.com' };
const inHours = (hours: number) => new Date(Date.now() + hours * 3600 * 1000).toISOString();

describe('token cache', () => {
  it('counts a token as fresh only until five minutes before it expires', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(isFresh({ token: 't', expires_at: new Date(now + RENEW_BEFORE_MS + 1000).toISOString() }, now)).toBe(true);
    expect(isFresh({ token: 't', expires_at: new Date(now + RENEW_BEFORE_MS - 1000).toISOString() }, now)).toBe(false);
    expect(isFresh({ token: 't', expires_at: 'not a date' }, now)).toBe(false);
    expect(isFresh(undefined, now)).toBe(false);
  });

  it('fetches once, writes a 0600 file, then serves the cached token', async () => {
    const cache = new TokenCache(mkdtempSync(join(tmpdir(), 'regnotify-cache-')));
    let fetches = 0;
    const fetch = async () => ({ token: `token-${++fetches}`, expires_at: inHours(24) });
    expect((await cache.obtain(identity, fetch)).token).toBe('token-1');
    expect((await cache.obtain(identity, fetch)).token).toBe('token-1');
    expect(fetches).toBe(1);
    expect(statSync(cache.path).mode & 0o777).toBe(0o600);
    expect(Object.keys(JSON.parse(readFileSync(cache.path, 'utf8')))).toEqual([cacheKey(identity)]);
    expect((await cache.obtain(identity, fetch, { renew: true })).token).toBe('token-2');
  });

  it('lets only one of many concurrent renewals ask for a token', async () => {
    const cache = new TokenCache(mkdtempSync(join(tmpdir(), 'regnotify-cache-')));
    let fetches = 0;
    const fetch = async () => {
      fetches++;
      await new Promise((resolve) => setTimeout(resolve, 30));
      return { token: 'shared', expires_at: inHours(24) };
    };
    const tokens = await Promise.all(Array.from({ length: 8 }, () => cache.obtain(identity, fetch)));
    expect(tokens.map((entry) => entry.token)).toEqual(Array(8).fill('shared'));
    expect(fetches).toBe(1);
  });

  it('treats a damaged file as empty and replaces it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'regnotify-cache-'));
    writeFileSync(join(directory, 'codearts-tokens.json'), '{broken');
    const cache = new TokenCache(directory);
    expect(await cache.read(identity)).toBeUndefined();
    await cache.obtain(identity, async () => ({ token: 'new', expires_at: inHours(1) }));
    expect((await cache.read(identity))?.token).toBe('new');
  });

  it('keeps other identities and drops expired entries when it writes', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'regnotify-cache-'));
    writeFileSync(
      join(directory, 'codearts-tokens.json'),
      JSON.stringify({ other: { token: 'o', expires_at: inHours(2) }, old: { token: 'x', expires_at: inHours(-1) } }),
    );
    await new TokenCache(directory).obtain(identity, async () => ({ token: 'mine', expires_at: inHours(24) }));
    expect(Object.keys(JSON.parse(readFileSync(join(directory, 'codearts-tokens.json'), 'utf8'))).sort()).toEqual([cacheKey(identity), 'other'].sort());
  });
});
