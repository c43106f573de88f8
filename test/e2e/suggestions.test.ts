// Typos in command, group and flag names: commander's suggestion becomes the hint line, exit 2, nothing sent.
import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';
import { Terminal } from '../helpers/pty.js';

const fx = useEmulator();

describe('typo suggestions', () => {
  it.each([
    ['a group', ['notifcation', 'list', 'acme/app'], "error: unknown command 'notifcation'\nhint: did you mean notification?\n"],
    ['a top-level command', ['emulatr'], "error: unknown command 'emulatr'\nhint: did you mean emulator?\n"],
    ['a verb of a group', ['repo', 'crate', 'acme/x'], "error: unknown command 'crate'\nhint: did you mean create?\n"],
    ['a verb with an alias', ['hook', 'lst'], "error: unknown command 'lst'\nhint: did you mean list or ls?\n"],
    ['a global flag', ['notification', 'list', 'acme/app', '--jsn'], "error: unknown option '--jsn'\nhint: did you mean --json?\n"],
    ['a flag of the verb', ['repo', 'list', '--nmespace', 'acme'], "error: unknown option '--nmespace'\nhint: did you mean --namespace?\n"],
  ])('suggests the closest name for %s, exit 2, nothing sent', async (_what, args, stderr) => {
    const result = await regnotify(args, { env: fx.env('quay') });
    expect(result).toEqual({ code: 2, signal: null, stdout: '', stderr });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('keeps the general hint when nothing is close', async () => {
    const result = await regnotify(['repo', 'list', '--zzzzzzzzzz'], { env: fx.env('quay') });
    expect(result).toEqual({ code: 2, signal: null, stdout: '', stderr: "error: unknown option '--zzzzzzzzzz'\nhint: see --help for usage\n" });
  });

  it('says the same at a terminal, exit 2', async () => {
    const terminal = Terminal.start(['notifcation', 'list', 'acme/app'], fx.env('quay'));
    await terminal.waitFor(/error: unknown command 'notifcation'\r?\nhint: did you mean notification\?/);
    expect(await terminal.exitCode()).toBe(2);
  });
});
