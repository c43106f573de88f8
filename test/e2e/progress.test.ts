// Slow work shows progress to a person at a terminal: a spinner on stderr after a second, the pages of a long list,
// one line for each retry; nothing of it on a pipe, in CI or with --verbose. A timeout says how many attempts were made.
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';
import { Terminal } from '../helpers/pty.js';

const fx = useEmulator();
const NOTIFICATIONS = '/api/v1/repository/acme/app/notification/';

describe('progress at a terminal', () => {
  it('shows a spinner on a request slower than a second, then the table as usual', async () => {
    fx.emulator.inject({ path: NOTIFICATIONS, latencyMs: 1800 });
    const terminal = Terminal.start(['notification', 'list', 'acme/app', '--no-color'], fx.env('quay'));
    await terminal.waitFor(`Waiting for ${new URL(fx.url).host}`);
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen).toContain('Deploy on push');
  });

  it('shows nothing for a quick request', async () => {
    const terminal = Terminal.start(['notification', 'list', 'acme/app', '--no-color'], fx.env('quay'));
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen).not.toContain('Waiting for');
  });

  it('shows no spinner in CI, even on a terminal', async () => {
    fx.emulator.inject({ path: NOTIFICATIONS, latencyMs: 1500 });
    const terminal = Terminal.start(['notification', 'list', 'acme/app', '--no-color'], { ...fx.env('quay'), CI: 'true' });
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen).not.toContain('Waiting for');
  });

  it('repo list --all shows the pages read so far', async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 450);
    fx.emulator.inject({ path: '/api/v1/repository', latencyMs: 400 });
    const terminal = Terminal.start(['repo', 'list', '--namespace', 'bulk', '--all', '--no-color'], fx.env('quay'));
    await terminal.waitFor(/Waiting for \S+ \(\d pages read, \d+ rows\)/);
    expect(await terminal.exitCode(20_000)).toBe(0);
    expect(terminal.screen).toContain('bulk/repo-00450');
  });

  it('clears the spinner before a warning, so the warning starts its own line', async () => {
    fx.emulator.inject({ path: '/api/v1/repository/acme/app', status: 302, headers: { location: '/api/v1/repository/acme/app?moved=1' }, latencyMs: 1500, times: 1 });
    const terminal = Terminal.start(['repo', 'get', 'acme/app', '--no-color'], fx.env('quay'));
    expect(await terminal.exitCode()).toBe(0);
    const at = terminal.raw.indexOf('warning: server redirected');
    expect(terminal.raw.slice(0, at)).toContain('Waiting for');
    // Right before the warning: the spinner's line erased (cursor to column 1, line cleared), not the spinner's text.
    expect(terminal.raw.slice(0, at)).toMatch(/\u001b\[\d*[GK]$/);
  });

  it('says each retry once on stderr, without --verbose', async () => {
    fx.emulator.inject({ path: '/api/v1/repository/acme/app', status: 503, times: 2 });
    const terminal = Terminal.start(['repo', 'get', 'acme/app', '--no-color'], fx.env('quay'));
    expect(await terminal.exitCode()).toBe(0);
    const lines = terminal.screen.split(/\r?\n/);
    expect(lines.filter((line) => line.startsWith('retrying'))).toEqual(['retrying after HTTP 503, 1/3', 'retrying after HTTP 503, 2/3']);
  });
});

describe('progress off a terminal', () => {
  it('a slow, retried request says nothing on a piped stderr', async () => {
    fx.emulator.inject({ path: '/api/v1/repository/acme/app', status: 503, times: 1 });
    fx.emulator.inject({ path: '/api/v1/repository/acme/app', latencyMs: 1300 });
    const result = await regnotify(['repo', 'get', 'acme/app', '-q'], { env: fx.env('quay') });
    expect(result).toEqual({ code: 0, signal: null, stdout: 'acme/app\n', stderr: '' });
  });

  it('a timeout says how many attempts were made', async () => {
    fx.emulator.inject({ path: '/api/v1/repository/acme/app', latencyMs: 1000 });
    const result = await regnotify(['repo', 'get', 'acme/app', '--timeout', '0.2', '--retries', '2'], { env: fx.env('quay') });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`error: request timed out after 0.2 s (GET ${fx.url}/api/v1/repository/acme/app; 3 attempts)\nhint: raise --timeout, or check that the server is reachable\n`);
    expect(fx.emulator.requests).toHaveLength(3);
  });
});
