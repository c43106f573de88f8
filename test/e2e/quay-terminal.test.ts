// The Quay commands at a terminal: confirmation prompts and tables with a header.
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { useEmulator } from '../helpers/emulator.js';
import { Terminal } from '../helpers/pty.js';

const fx = useEmulator();

describe('Quay commands at a terminal', () => {
  it('asks before deleting a repository, and sends nothing when the answer is no', async () => {
    const terminal = Terminal.start(['repo', 'delete', 'acme/app'], fx.env('quay'));
    await terminal.waitFor('Delete repository acme/app with all its tags and notifications?');
    terminal.answer('n');
    await terminal.waitFor('Nothing deleted.');
    // A "no" is not a success: exit 1, "cancelled".
    expect(await terminal.exitCode()).toBe(1);
    expect(terminal.screen).toContain('error: cancelled. Nothing deleted.');
    expect(fx.emulator.requests).toEqual([]);
  });

  it('deletes a repository only when its name is typed (it deletes every tag)', async () => {
    const terminal = Terminal.start(['repo', 'delete', 'acme/website'], fx.env('quay'));
    await terminal.waitFor('to confirm');
    terminal.answer('acme/website');
    await terminal.waitFor('Deleted repository acme/website');
    expect(await terminal.exitCode()).toBe(0);
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/v1/repository/acme/website', 'DELETE /api/v1/repository/acme/website']);
  });

  it('a y is not the name: the repository stays', async () => {
    const terminal = Terminal.start(['repo', 'delete', 'acme/website'], fx.env('quay'));
    await terminal.waitFor('to confirm');
    terminal.answer('y');
    await terminal.waitFor('cancelled');
    expect(await terminal.exitCode()).toBe(1);
    expect(fx.emulator.requests).toEqual([]);
  });

  it('with --if-exists, does not ask about a repository that is not there', async () => {
    const terminal = Terminal.start(['repo', 'delete', 'acme/nope', '--if-exists'], fx.env('quay'));
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen).toContain('repository acme/nope does not exist; nothing deleted');
    expect(terminal.screen).not.toContain('to confirm');
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/v1/repository/acme/nope']);
  });

  it('with --no-input on a terminal, says --no-input was given (not "not running in a terminal")', async () => {
    const terminal = Terminal.start(['repo', 'delete', 'acme/website', '--no-input'], fx.env('quay'));
    expect(await terminal.exitCode()).toBe(2);
    expect(terminal.screen).toContain('error: deleting repository acme/website needs confirmation (--no-input was given)');
    expect(fx.emulator.requests).toEqual([]);
  });

  it('deletes a notification when the answer is yes', async () => {
    const uuid = '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01';
    const terminal = Terminal.start(['notification', 'delete', 'acme/app', uuid], fx.env('quay'));
    await terminal.waitFor(`Delete notification ${uuid} of acme/app?`);
    terminal.answer('y');
    await terminal.waitFor(`Deleted notification ${uuid} from acme/app`);
    expect(await terminal.exitCode()).toBe(0);
    expect(quayControl(fx.emulator).notifications('acme/app').map((entry) => entry.uuid)).not.toContain(uuid);
  });

  it('draws the notification table with a header on a terminal', async () => {
    const terminal = Terminal.start(['notification', 'list', 'acme/app', '--no-color'], { ...fx.env('quay'), COLUMNS: '200' });
    expect(await terminal.exitCode()).toBe(0);
    const lines = terminal.screen.split(/\r?\n/).filter((line) => line.trim() !== '');
    expect(lines[0].split(/\s{2,}/)).toEqual(['UUID', 'TITLE', 'EVENT', 'METHOD', 'DESTINATION', 'FAILURES', 'STATUS']);
    expect(lines[2].trim().split(/\s{2,}/)).toEqual([
      '7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02',
      'Critical CVEs',
      'vulnerability_found',
      'email',
      'ops@example.com',
      '3',
      'disabled',
    ]);
  });

  it('offers to authorize an e-mail address, waits with a spinner until the link is clicked, then creates', async () => {
    const email = 'new@example.com';
    const terminal = Terminal.start(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'email', '--email', email], fx.env('quay'));
    await terminal.waitFor('wait for the click? (Y/n)');
    expect(terminal.screen.replace(/\s+/g, ' ')).toContain(`${email} is not authorized for acme/app (Quay has never sent it a confirmation link).`);
    terminal.answer('y');
    await terminal.waitFor(`Waiting for ${email} to click the link Quay mailed`);
    expect(quayControl(fx.emulator).confirmEmail('acme/app', email)).toBe(true);
    // Both lines may arrive in one chunk, and waitFor only looks past what it has already seen.
    await terminal.waitFor('Created notification');
    expect(terminal.screen).toContain(`✓ ${email} is authorized for acme/app`);
    expect(await terminal.exitCode()).toBe(0);
    expect(quayControl(fx.emulator).notifications('acme/app').map((entry) => entry.config.email)).toContain(email);
  });

  it('authorize-email --wait on a terminal that reports no width says what it waits for once, without animating', async () => {
    const email = 'new@example.com';
    const terminal = Terminal.start(['notification', 'authorize-email', 'acme/app', email, '--wait', '--no-color'], { ...fx.env('quay'), COLUMNS: '0' });
    await terminal.waitFor(`Waiting for ${email} to click the link Quay mailed (up to 600 s)`);
    expect(quayControl(fx.emulator).confirmEmail('acme/app', email)).toBe(true);
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen.split('Waiting for')).toHaveLength(2);
    expect(terminal.screen).toContain(`✓ ${email} is authorized for acme/app`);
  });
});
