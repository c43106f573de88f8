// The profile lock on its own: whose lock is broken, whose is waited for, and what a writer is told.
import { mkdirSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLock } from '../../../src/config/lock.js';
import { ownerIsGone, parseOwner, processStart } from '../../../src/config/lock-owner.js';
import { tempConfigDir } from '../../helpers/cli.js';

const lockIn = (dir: string) => join(dir, 'profiles.json.lock');

describe('the owner of a lock', () => {
  it('is alive while its process runs, also when the lock was taken on another host (which cannot be checked)', () => {
    const start = processStart(process.pid);
    expect(ownerIsGone({ host: hostname(), pid: process.pid, ...(start && { start }), id: 'me' })).toBe(false);
    expect(ownerIsGone({ host: `not-${hostname()}`, pid: 2 ** 22 + 1, id: 'far' })).toBe(false);
  });

  it('is gone when its pid is free, or now belongs to a process that started at another time', () => {
    expect(ownerIsGone({ host: hostname(), pid: 2 ** 22 + 1, id: 'dead' })).toBe(true);
    const start = processStart(process.pid);
    if (start) expect(ownerIsGone({ host: hostname(), pid: process.pid, start: `${start}0`, id: 'reused' })).toBe(true);
  });

  it('is unreadable when the lock holds something else than an owner record', () => {
    for (const text of ['', '{', 'null', '[]', '{"host":"h"}', '{"host":"h","pid":-1,"id":"x"}', '{"host":"h","pid":1.5,"id":"x"}']) {
      expect(parseOwner(text)).toBeUndefined();
    }
    expect(parseOwner('{"host":"h","pid":7,"start":"99","id":"x"}')).toEqual({ host: 'h', pid: 7, start: '99', id: 'x' });
  });
});

describe('withLock', () => {
  it('waits for a live owner on another host, then names it (exit 1) without breaking its lock', async () => {
    const dir = tempConfigDir();
    writeFileSync(lockIn(dir), JSON.stringify({ host: 'build-server-7', pid: 4242, id: 'far' }));
    const started = Date.now();
    const attempt = withLock(lockIn(dir), async () => 'written', { waitMs: 300 });
    await expect(attempt).rejects.toMatchObject({
      exitCode: 1,
      message: `could not lock ${lockIn(dir)}: it is held by process 4242 on host build-server-7, which is still running (perhaps stopped with Ctrl-Z)`,
      hint: 'let that process finish, or end it (kill 4242); its lock goes with it',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(existsSync(lockIn(dir))).toBe(true);
  });

  it('breaks an ownerless lock (an older regnotify directory, a lock file without a record) only once it is 10 s old', async () => {
    for (const make of [(path: string) => mkdirSync(path), (path: string) => writeFileSync(path, '')]) {
      const dir = tempConfigDir();
      make(lockIn(dir));
      await expect(withLock(lockIn(dir), async () => 'written', { waitMs: 200 })).rejects.toMatchObject({ exitCode: 1 });
      const old = new Date(Date.now() - 11_000);
      utimesSync(lockIn(dir), old, old);
      await expect(withLock(lockIn(dir), async () => 'written', { waitMs: 200 })).resolves.toBe('written');
      expect(existsSync(lockIn(dir))).toBe(false);
    }
  });

  it('releases the lock when the work fails, and tells the work whether the lock is still its own', async () => {
    const dir = tempConfigDir();
    await expect(
      withLock(lockIn(dir), async () => {
        throw new Error('change refused');
      }),
    ).rejects.toThrow('change refused');
    expect(existsSync(lockIn(dir))).toBe(false);
    const held = await withLock(lockIn(dir), async (lock) => {
      const before = await lock.stillHeld();
      writeFileSync(lockIn(dir), JSON.stringify({ host: hostname(), pid: process.pid, id: 'someone else' }));
      return [before, await lock.stillHeld()];
    });
    expect(held).toEqual([true, false]);
    // Not its own any more: left for its owner.
    expect(existsSync(lockIn(dir))).toBe(true);
  });
});
