// Two ways to run the program. `regnotify()` calls it in this process (runCli over buffer-backed streams, real HTTP to
// the emulator), which is what most tests need and costs milliseconds. `regnotifyProcess()` spawns the built CLI the
// way a user or a script does, for what only a real process shows: the launcher, exit codes, signals, start-up.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.js';
import { memoryIO } from './memory-io.js';

export const BIN = fileURLToPath(new URL('../../bin/regnotify.js', import.meta.url));

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Written to stdin (text as UTF-8, or bytes as they are), then stdin is closed; without it stdin is closed at once. */
  input?: string | Uint8Array;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** A fresh config directory, so no test sees another's profiles. */
export function tempConfigDir(): string {
  return mkdtempSync(join(tmpdir(), 'regnotify-test-'));
}

/**
 * Where spawned runs keep V8's code cache (bin/regnotify.js): one directory for the whole test run, so each spawn
 * starts as a user's second run does, not from a fresh HOME. The launcher's tests of the cache use their own.
 */
export const CODE_CACHE_HOME = join(tmpdir(), `regnotify-test-code-cache-${process.getuid?.() ?? 'user'}`);

/** A minimal environment: nothing from the developer's shell (no CI, no REGNOTIFY_*, no proxies) leaks in. */
export function baseEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tempConfigDir(),
    XDG_CACHE_HOME: CODE_CACHE_HOME,
    REGNOTIFY_CONFIG_DIR: tempConfigDir(),
  };
}

function runEnv(extra: RunOptions['env']): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...baseEnv(), ...extra })) if (value !== undefined) env[name] = value;
  return env;
}

/** Runs the program in this process: pipes, not terminals, on all three streams; the environment is only `env`. */
export async function regnotify(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const io = memoryIO(runEnv(options.env), options.input);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`regnotify ${args.join(' ')} did not finish within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const code = await Promise.race([runCli(args, io), timeout]);
    return { code, signal: null, stdout: io.stdout(), stderr: io.stderr() };
  } finally {
    clearTimeout(timer);
  }
}

/** Spawns the built CLI (bin/regnotify.js): a separate process, real stdin/stdout/stderr, an exit code or a signal. */
export function regnotifyProcess(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const env = runEnv(options.env);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input);
  });
}
