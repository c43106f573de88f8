// Tables fit the terminal: the widest columns are cut with …, a row never wraps; piped output keeps every character.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { baseEnv } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';
import { memoryIO } from '../helpers/memory-io.js';
import { Terminal } from '../helpers/pty.js';

const fx = useEmulator();

/** The program with stdout a terminal of the given width (in process; the width is what IOStreams reports). */
async function onTerminal(args: string[], platform: 'quay' | 'alauda', columns: number) {
  const io = { ...memoryIO({ ...baseEnv(), ...fx.env(platform) }), stdoutIsTTY: true, stderrIsTTY: true, columns };
  const code = await runCli([...args, '--no-color'], io);
  return { code, lines: io.stdout().trimEnd().split('\n'), stderr: io.stderr() };
}

const width = (line: string) => [...line].length;

describe('tables on a terminal', () => {
  it.each([
    ['notification list', ['notification', 'list', 'acme/app'], 'quay' as const],
    ['hook list', ['hook', 'list'], 'alauda' as const],
  ])('%s at 80 columns: no row wider than the terminal, the widest cells cut with …', async (_name, args, platform) => {
    const result = await onTerminal(args, platform, 80);
    expect(result.code).toBe(0);
    expect(result.lines.length).toBeGreaterThan(2);
    for (const line of result.lines) expect(width(line)).toBeLessThanOrEqual(80);
    expect(result.lines.some((line) => line.includes('…'))).toBe(true);
  });

  it('hook list at 80 columns keeps the short columns whole and cuts the long ones', async () => {
    const result = await onTerminal(['hook', 'list'], 'alauda', 80);
    const [header, first] = result.lines;
    expect(header.split(/\s{2,}/)).toEqual(['ID', 'NAME', 'SUBJECT TYPE', 'SUBJECT', 'EVENTS', 'URL', 'ACTIVE']);
    const cells = first.split(/\s{2,}/);
    expect(cells[0]).toBe('4');
    expect(cells[2]).toBe('build_repo');
    expect(cells[6]).toBe('yes');
    expect(cells[3]).toMatch(/^alaudauser\/\S*…$/);
    expect(cells[5]).toMatch(/^http:\/\/\S*…$/);
  });

  it('notification list at 120 columns cuts less than at 80', async () => {
    const narrow = await onTerminal(['notification', 'list', 'acme/app'], 'quay', 80);
    const wide = await onTerminal(['notification', 'list', 'acme/app'], 'quay', 120);
    for (const line of wide.lines) expect(width(line)).toBeLessThanOrEqual(120);
    const cut = (lines: string[]) => lines.join('\n').split('…').length - 1;
    expect(cut(wide.lines)).toBeLessThan(cut(narrow.lines));
    expect(wide.lines[1].split(/\s{2,}/).slice(1, 4)).toEqual(['Deploy on push', 'repo_push', 'webhook']);
    // The uuid stays whole (it is what `notification get` and `delete` take), so the widest other cells give way.
    expect(wide.lines[2].split(/\s{2,}/).slice(1, 5)).toEqual(['Critical CVEs', 'vulnerability_fo…', 'email', 'ops@example.com']);
  });

  it('notification list at 80 columns leaves out FAILURES and DESTINATION rather than cutting every cell to a stub', async () => {
    const { lines } = await onTerminal(['notification', 'list', 'acme/app'], 'quay', 80);
    expect(lines[0].split(/\s{2,}/)).toEqual(['UUID', 'TITLE', 'EVENT', 'METHOD', 'STATUS']);
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/).slice(3))).toEqual([
      ['webhook', 'enabled'],
      ['email', 'disabled'],
    ]);
    const at100 = await onTerminal(['notification', 'list', 'acme/app'], 'quay', 100);
    // At 100 every column fits readably: all seven are shown, DESTINATION (the widest) cut.
    const headers = at100.lines[0].split(/\s{2,}/);
    expect(headers.filter((_, index) => index !== 4)).toEqual(['UUID', 'TITLE', 'EVENT', 'METHOD', 'FAILURES', 'STATUS']);
    expect(headers[4]).toMatch(/^DESTINAT\S*…$/);
  });

  it('notification list never cuts the uuid, which a person copies into get or delete', async () => {
    for (const columns of [80, 120]) {
      const { lines } = await onTerminal(['notification', 'list', 'acme/app'], 'quay', columns);
      for (const line of lines.slice(1).filter(Boolean)) expect(line.split(/\s{2,}/)[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it('a wide terminal shows every cell whole', async () => {
    const result = await onTerminal(['hook', 'list'], 'alauda', 300);
    expect(result.lines.join('\n')).not.toContain('…');
    expect(result.lines[1].split(/\s{2,}/)).toEqual(['4', 'test hook', 'build_repo', 'alaudauser/docker_images_test', 'build:complete', 'http://example.com:8080/v1/builds', 'yes']);
  });

  it('piped output stays full tab-separated rows whatever the width', async () => {
    const io = { ...memoryIO({ ...baseEnv(), ...fx.env('alauda') }), columns: 40 };
    expect(await runCli(['hook', 'list'], io)).toBe(0);
    expect(io.stdout().split('\n')[0]).toBe('4\ttest hook\tbuild_repo\talaudauser/docker_images_test\tbuild:complete\thttp://example.com:8080/v1/builds\tyes');
    expect(io.stdout()).not.toContain('…');
  });

  it('in a real 80-column terminal no line of notification list wraps', async () => {
    const terminal = Terminal.start(['notification', 'list', 'acme/app', '--no-color'], { ...fx.env('quay'), COLUMNS: '80' });
    expect(await terminal.exitCode()).toBe(0);
    const lines = terminal.screen.split(/\r?\n/).filter((line) => line.trim() !== '');
    expect(lines[0].split(/\s{2,}/)[0]).toBe('UUID');
    expect(lines.length).toBe(3);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(80);
  });
});
