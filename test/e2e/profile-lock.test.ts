// Writers that pause, are stopped or are killed while they hold the profile lock: no profile is lost and
// nobody waits for a lock whose owner is gone. Real processes, real signals.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, CODE_CACHE_HOME, regnotify, regnotifyProcess, tempConfigDir, type RunResult } from '../helpers/cli.js';

const PAUSE = fileURLToPath(new URL('../fixtures/pause-in-lock.mjs', import.meta.url));

interface Writer {
  child: ChildProcess;
  done: Promise<RunResult>;
}

/** `profile add NAME` in `dir` that pauses once it holds the lock (see test/fixtures/pause-in-lock.mjs). */
function pausedWriter(dir: string, name: string, how: 'stop' | 'hang'): Writer & { paused: Promise<void> } {
  const marker = join(tempConfigDir(), 'paused');
  const child = spawn(process.execPath, [BIN, 'profile', 'add', name, '--platform', 'quay', '--token-stdin'], {
    env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: CODE_CACHE_HOME, REGNOTIFY_CONFIG_DIR: dir, NODE_OPTIONS: `--import=${PAUSE}`, PAUSE_IN_LOCK: how, PAUSE_MARKER: marker },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin!.end(`token-${name}`);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const done = new Promise<RunResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  const paused = (async () => {
    while (!existsSync(marker)) await sleep(20);
    // With SIGSTOP the marker is written just before the stop: wait until the kernel says it is stopped.
    while (how === 'stop' && !/^\S+ \(.*\) T/.test(readFileSync(`/proc/${child.pid}/stat`, 'utf8'))) await sleep(20);
  })();
  return { child, done, paused };
}

function storedNames(dir: string): string[] {
  return Object.keys(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles).sort();
}

async function withProfile(name: string): Promise<string> {
  const dir = tempConfigDir();
  await regnotify(['profile', 'add', name, '--platform', 'quay', '--token-stdin'], { env: { REGNOTIFY_CONFIG_DIR: dir }, input: `token-${name}` });
  return dir;
}

// SIGSTOP and /proc are what this checks: Linux only (CI runs Linux).
describe.runIf(process.platform === 'linux')('the profile lock', () => {
  it('is not broken while its owner is stopped (Ctrl-Z): the other writer waits, and both profiles are kept', async () => {
    const dir = await withProfile('base');
    const stopped = pausedWriter(dir, 'stopped', 'stop');
    await stopped.paused;
    const waiting = regnotifyProcess(['profile', 'add', 'waiting', '--platform', 'quay', '--token-stdin'], { env: { REGNOTIFY_CONFIG_DIR: dir }, input: 'token-waiting', timeoutMs: 60_000 });
    let waitingEnded = false;
    void waiting.then(() => (waitingEnded = true));
    // Longer than the 10 s after which an older regnotify judged any lock stale.
    await sleep(11_000);
    expect(waitingEnded).toBe(false);
    stopped.child.kill('SIGCONT');
    const [first, second] = await Promise.all([stopped.done, waiting]);
    expect(first).toMatchObject({ code: 0, stderr: '✓ Saved profile stopped (quay)\n' });
    expect(second).toMatchObject({ code: 0, stderr: '✓ Saved profile waiting (quay)\n' });
    expect(storedNames(dir)).toEqual(['base', 'stopped', 'waiting']);
  }, 60_000);

  it('loses nothing when the lock is removed by hand under a stopped writer: its write starts over from the new file', async () => {
    const dir = await withProfile('base');
    const stopped = pausedWriter(dir, 'stopped', 'stop');
    await stopped.paused;
    unlinkSync(join(dir, 'profiles.json.lock'));
    const meanwhile = await regnotify(['profile', 'add', 'meanwhile', '--platform', 'quay', '--token-stdin'], { env: { REGNOTIFY_CONFIG_DIR: dir }, input: 'token-meanwhile' });
    expect(meanwhile.code).toBe(0);
    stopped.child.kill('SIGCONT');
    expect(await stopped.done).toMatchObject({ code: 0, stderr: '✓ Saved profile stopped (quay)\n' });
    expect(storedNames(dir)).toEqual(['base', 'meanwhile', 'stopped']);
  }, 30_000);

  it.each([
    ['SIGINT', 130, 'error: interrupted\n'],
    ['SIGTERM', 143, 'error: terminated (SIGTERM)\n'],
    ['SIGHUP', 129, 'error: hung up (SIGHUP)\n'],
  ] as const)('is released when %s ends the writer holding it (exit %i, one line), so the next writer does not wait', async (signal, code, message) => {
    const dir = await withProfile('base');
    const before = readFileSync(join(dir, 'profiles.json'));
    const writer = pausedWriter(dir, 'killed', 'hang');
    await writer.paused;
    writer.child.kill(signal);
    expect(await writer.done).toMatchObject({ code, signal: null, stdout: '', stderr: message });
    expect(readdirSync(dir).sort()).toEqual(['profiles.json']);
    expect(readFileSync(join(dir, 'profiles.json')).equals(before)).toBe(true);
    const started = Date.now();
    expect((await regnotify(['profile', 'add', 'next', '--platform', 'quay'], { env: { REGNOTIFY_CONFIG_DIR: dir } })).code).toBe(0);
    expect(Date.now() - started).toBeLessThan(6_000);
  }, 30_000);

  it('is broken at once when its owner is gone: a dead pid, or a pid now used by a process that started later', async () => {
    const dir = await withProfile('base');
    const lock = join(dir, 'profiles.json.lock');
    const exited = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => exited.on('close', resolve));
    const start = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[19];
    const { hostname } = await import('node:os');
    const owners = [
      { host: hostname(), pid: exited.pid, id: 'dead' },
      { host: hostname(), pid: process.pid, start: String(Number(start) - 1), id: 'reused' },
    ];
    for (const [index, owner] of owners.entries()) {
      writeFileSync(lock, JSON.stringify(owner));
      const started = Date.now();
      const result = await regnotify(['profile', 'add', `after-${index}`, '--platform', 'quay'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
      expect(result).toMatchObject({ code: 0, stderr: `✓ Saved profile after-${index} (quay)\n` });
      expect(Date.now() - started).toBeLessThan(6_000);
      expect(existsSync(lock)).toBe(false);
    }
    expect(storedNames(dir)).toEqual(['after-0', 'after-1', 'base']);
  }, 30_000);

  it('keeps all of 24 profiles added by 24 parallel processes', async () => {
    const dir = tempConfigDir();
    const names = Array.from({ length: 24 }, (_, index) => `parallel-${index}`);
    const results = await Promise.all(names.map((name) => regnotifyProcess(['profile', 'add', name, '--platform', 'quay'], { env: { REGNOTIFY_CONFIG_DIR: dir }, timeoutMs: 60_000 })));
    expect(results.map((result) => result.code)).toEqual(names.map(() => 0));
    expect(storedNames(dir)).toEqual([...names].sort());
    expect(readdirSync(dir).sort()).toEqual(['profiles.json']);
  }, 60_000);
});
