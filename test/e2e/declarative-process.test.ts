// apply as a real process: Ctrl-C in the middle of a run (exit 130, only whole changes made, a rerun converges),
// and the confirmation at a terminal (pseudo-terminal).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { BIN, baseEnv, regnotify } from '../helpers/cli.js';
import { yamlFileWriter } from '../helpers/declarative.js';
import { useEmulator } from '../helpers/emulator.js';
import { KEYS, Terminal } from '../helpers/pty.js';

const fx = useEmulator();
const LATENCY_MS = 400;

// One replace (Deploy on push gets a new URL) and three creates.
const FILE = yamlFileWriter('regnotify-declarative-process')(`version: 1
quay:
  repositories:
    acme/app:
      notifications:
        - { title: Deploy on push, event: repo_push, method: webhook, config: { url: "https://ci.example.com/hooks/quay-v2" } }
        - { title: Critical CVEs, event: vulnerability_found, event_config: { level: critical }, method: email, config: { email: ops@example.com } }
        - { title: One, event: build_failure, method: webhook, config: { url: "https://ci.example.com/one" } }
        - { title: Two, event: build_failure, method: webhook, config: { url: "https://ci.example.com/two" } }
        - { title: Three, event: build_failure, method: webhook, config: { url: "https://ci.example.com/three" } }
`);

const writes = () => fx.emulator.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('apply interrupted with Ctrl-C', () => {
  it('exits 130 with whole changes made, and a rerun converges', { timeout: 30_000 }, async () => {
    const quay = quayControl(fx.emulator);
    fx.emulator.inject({ method: 'POST', path: /\/notification\/$/, latencyMs: LATENCY_MS });
    const child = spawn(process.execPath, [BIN, 'apply', '-f', FILE, '--yes', '--concurrency', '1'], {
      env: { ...baseEnv(), ...fx.env('quay') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // The first change lands: the replacement of Deploy on push exists (its delete waits behind the queue).
    const before = quay.notifications('acme/app').length;
    while (quay.notifications('acme/app').length === before) await sleep(20);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('error: interrupted\n');
    // A request already on the wire lands after its latency: let it, then look at the server.
    await sleep(LATENCY_MS * 2);
    fx.emulator.clearFaults();
    const afterInterrupt = quay.notifications('acme/app');
    // Every notification on the server is whole: either as seeded, or exactly as the file has it.
    for (const notification of afterInterrupt) {
      expect(['Deploy on push', 'Critical CVEs', 'One', 'Two', 'Three']).toContain(notification.title);
    }
    expect(afterInterrupt.filter((notification) => notification.title === 'Three')).toEqual([]);

    // The rerun finishes the replace (deletes the old Deploy on push) instead of creating a third one.
    fx.emulator.requests.length = 0;
    const rerun = await regnotify(['apply', '-f', FILE, '--yes'], { env: fx.env('quay') });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(writes()).toContain('DELETE /api/v1/repository/acme/app/notification/3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01');
    expect(writes().filter((line) => line === 'POST /api/v1/repository/acme/app/notification/').length).toBeLessThanOrEqual(3);
    fx.emulator.requests.length = 0;
    const plan = await regnotify(['plan', '-f', FILE, '--detailed-exitcode'], { env: fx.env('quay') });
    expect(plan.stdout).toContain('No changes: the servers match the file.');
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(quay.notifications('acme/app').map((notification) => notification.title).sort()).toEqual(['Critical CVEs', 'Deploy on push', 'One', 'Three', 'Two']);
    expect(writes()).toEqual([]);
  });
});

describe('apply at a terminal', () => {
  it('asks, and sends no write when the answer is no', async () => {
    const terminal = Terminal.start(['apply', '-f', FILE], fx.env('quay'));
    await terminal.waitFor('Apply these 5 changes?');
    terminal.answer('n');
    await terminal.waitFor('Nothing changed.');
    // A "no" is not a success, here as everywhere: exit 1, "cancelled".
    expect(await terminal.exitCode()).toBe(1);
    expect(terminal.screen).toContain('error: cancelled. Nothing changed.');
    expect(writes()).toEqual([]);
  });

  it('fills a bar as the changes end, keeps a failure\'s line above it, and clears it for the summary', { timeout: 30_000 }, async () => {
    // The first create fails; every create is slow enough for the bar to be drawn between changes.
    fx.emulator.inject({ method: 'POST', path: /\/notification\/$/, status: 500, times: 1 });
    fx.emulator.inject({ method: 'POST', path: /\/notification\/$/, latencyMs: 300 });
    const terminal = Terminal.start(['apply', '-f', FILE, '--yes', '--concurrency', '1', '--no-color'], fx.env('quay'));
    await terminal.waitFor(/Applied 4 of 5 changes/);
    expect(await terminal.exitCode()).toBe(1);
    const raw = terminal.raw;
    expect(raw).toMatch(/Applying changes █+░+ [1-4]\/5 · 1 failed/);
    // A terminal gets the bar instead of a line per change; the failure is a line of its own.
    expect(terminal.screen).not.toMatch(/✓ /);
    expect(terminal.screen).toMatch(/^warning: [^\n]* failed: injected fault 500 \(HTTP 500\)\r?$/m);
    // The cursor the bar hid is shown again, and the bar is gone before the summary.
    const summaryAt = raw.indexOf('Applied 4 of 5 changes');
    expect(raw.lastIndexOf('\u001b[?25h', summaryAt)).toBeGreaterThan(raw.lastIndexOf('Applying changes', summaryAt));
    // The replace's create failed, so its delete was never sent; the reset and the three creates were.
    expect(writes()).toEqual([
      'POST /api/v1/repository/acme/app/notification/',
      'POST /api/v1/repository/acme/app/notification/7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02',
      'POST /api/v1/repository/acme/app/notification/',
      'POST /api/v1/repository/acme/app/notification/',
      'POST /api/v1/repository/acme/app/notification/',
    ]);
  });

  it('prints a retry\'s notice above the bar, not into it', { timeout: 30_000 }, async () => {
    fx.emulator.inject({ method: 'POST', path: /\/notification\/$/, latencyMs: 300, status: 429, retryAfter: '0', times: 1 });
    fx.emulator.inject({ method: 'POST', path: /\/notification\/$/, latencyMs: 300 });
    const terminal = Terminal.start(['apply', '-f', FILE, '--yes', '--concurrency', '1', '--no-color'], fx.env('quay'));
    await terminal.waitFor('Applied 5 of 5 changes.');
    expect(await terminal.exitCode()).toBe(0);
    // The bar is redrawn in place, so the text alone cannot tell: right before the notice the bar's line is erased
    // (ESC [2K). Written past the bar, the notice would only move the cursor to column 1 and overwrite part of the bar.
    const at = terminal.raw.indexOf('retrying after HTTP 429, 1/3');
    expect(at).toBeGreaterThan(terminal.raw.indexOf('Applying changes'));
    expect(terminal.raw.slice(0, at)).toMatch(/\u001b\[2K$/);
    expect(terminal.raw.slice(at)).toMatch(/^retrying after HTTP 429, 1\/3\r?\n/);
  });

  it('gives the cursor back when Ctrl-C ends the run under the bar', { timeout: 30_000 }, async () => {
    fx.emulator.inject({ method: 'POST', path: /\/notification\/$/, latencyMs: 2_000 });
    const terminal = Terminal.start(['apply', '-f', FILE, '--yes', '--concurrency', '1', '--no-color'], fx.env('quay'));
    await terminal.waitFor('Applying changes');
    terminal.type(KEYS.ctrlC);
    expect(await terminal.exitCode()).toBe(130);
    const raw = terminal.raw;
    // The bar hid the cursor and turned line wrapping off: both are back after its last drawing.
    const lastBar = raw.lastIndexOf('Applying changes');
    expect(raw.indexOf('\u001b[?25h', lastBar)).toBeGreaterThan(lastBar);
    expect(raw.indexOf('\u001b[?7h', lastBar)).toBeGreaterThan(lastBar);
    expect(terminal.screen).toContain('error: interrupted');
  });

  it('asks of one change in the singular', async () => {
    const one = yamlFileWriter('regnotify-declarative-process-one')(
      'version: 1\nquay:\n  repositories:\n    acme/app:\n      notifications:\n        - { title: Solo, event: repo_push, method: webhook, config: { url: "https://ci.example.com/solo" } }\n',
    );
    const terminal = Terminal.start(['apply', '-f', one], fx.env('quay'));
    await terminal.waitFor('Apply this change?');
    terminal.answer('y');
    await terminal.waitFor('Applied 1 of 1 changes.');
    expect(await terminal.exitCode()).toBe(0);
  });

  it('applies when the answer is yes', async () => {
    const terminal = Terminal.start(['apply', '-f', FILE], fx.env('quay'));
    await terminal.waitFor('Apply these 5 changes?');
    terminal.answer('y');
    await terminal.waitFor('Applied 5 of 5 changes.');
    expect(await terminal.exitCode()).toBe(0);
    expect(writes().filter((line) => line.startsWith('POST')).length).toBe(5);
  });
});
