// Help pages read like gh's: the command's own arguments, commands and options first, the global options after them in
// one line that points at `regnotify help global-options`.
import { describe, expect, it } from 'vitest';
import { GLOBAL_OPTIONS } from '../../src/cli/global-options.js';
import { regnotify } from '../helpers/cli.js';
import { Terminal } from '../helpers/pty.js';

const GLOBAL_LINE = 'Global options:\n  --profile, --server, -o, --json, -q and more: regnotify help global-options\n';

/** The headings of a help page, in order. */
const headings = (text: string) => text.split('\n').filter((line) => /^[A-Z][\w ()]*:$/.test(line));

describe('help pages', () => {
  it("a verb's page: usage, its arguments and options, then the global options in one line, then examples", async () => {
    const result = await regnotify(['repo', 'create', '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(headings(result.stdout)).toEqual(['Arguments:', 'Options:', 'Global options:', 'Examples:']);
    expect(result.stdout).toContain(`  -h, --help                 show help for a command\n\n${GLOBAL_LINE}\nExamples:\n`);
    expect(result.stdout).toContain('--visibility <visibility>');
    for (const flag of ['--timeout', '--retries', '--ca-file', '--show-secrets']) expect(result.stdout).not.toContain(flag);
  });

  it("a group's page: its commands first, then its options, then the global options line", async () => {
    const result = await regnotify(['hook', '--help']);
    expect(headings(result.stdout)).toEqual(['Commands:', 'Options:', 'Global options:', 'Examples:']);
    expect(result.stdout).toContain(GLOBAL_LINE);
  });

  it('the root page lists the commands first, then every global option in full', async () => {
    const result = await regnotify(['--help']);
    expect(headings(result.stdout).slice(0, 3)).toEqual(['Commands:', 'Global options (every command accepts them):', 'Help topics:']);
    expect(result.stdout).toContain('  regnotify help global-options  the options every command accepts\n');
  });

  it('regnotify help global-options lists every global option with its description', async () => {
    const result = await regnotify(['help', 'global-options']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toBe('Global options: every command accepts them, before or after its name');
    for (const spec of Object.values(GLOBAL_OPTIONS)) expect(result.stdout.replace(/\n\s+/g, ' ')).toContain(spec.description);
    expect(result.stdout).toContain('  --timeout <seconds>    per-request timeout in seconds');
    expect(result.stdout).not.toContain('--help');
  });

  it('at an 80-column terminal the group page keeps that order and no line is wider than the terminal', async () => {
    const terminal = Terminal.start(['notification', '--help'], { COLUMNS: '80' });
    expect(await terminal.exitCode()).toBe(0);
    const lines = terminal.screen.split(/\r?\n/);
    expect(headings(lines.join('\n'))).toEqual(['Commands:', 'Options:', 'Global options:', 'Examples:']);
    for (const line of lines.slice(0, lines.indexOf('Examples:'))) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
