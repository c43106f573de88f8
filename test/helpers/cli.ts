// Runs the built CLI the way a user or a script does: a separate process, real stdin/stdout/stderr, an exit code.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/regnotify.js', import.meta.url));

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Written to stdin, then stdin is closed; without it stdin is closed at once. */
  input?: string;
  timeoutMs?: number;
}

/** A fresh config directory, so no test sees another's profiles. */
export function tempConfigDir(): string {
  return mkdtempSync(join(tmpdir(), 'regnotify-test-'));
}

/** A minimal environment: nothing from the developer's shell (no CI, no REGNOTIFY_*, no proxies) leaks in. */
export function baseEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tempConfigDir(),
    REGNOTIFY_CONFIG_DIR: tempConfigDir(),
  };
}

export function regnotify(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...baseEnv(), ...options.env })) if (value !== undefined) env[name] = value;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input);
  });
}
