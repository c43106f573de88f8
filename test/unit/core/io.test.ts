import { describe, expect, it } from 'vitest';
import { colorAllowed, promptAllowed, terminalColumns, type IOStreams } from '../../../src/core/io.js';

describe('colour policy', () => {
  it('colours a terminal unless NO_COLOR, --no-color or TERM=dumb', () => {
    expect(colorAllowed({ isTTY: true, env: {}, colorFlag: true })).toBe(true);
    expect(colorAllowed({ isTTY: true, env: { NO_COLOR: '1' }, colorFlag: true })).toBe(false);
    expect(colorAllowed({ isTTY: true, env: {}, colorFlag: false })).toBe(false);
    expect(colorAllowed({ isTTY: true, env: { TERM: 'dumb' }, colorFlag: true })).toBe(false);
  });

  it('never colours a pipe unless FORCE_COLOR, and NO_COLOR beats FORCE_COLOR', () => {
    expect(colorAllowed({ isTTY: false, env: {}, colorFlag: true })).toBe(false);
    expect(colorAllowed({ isTTY: false, env: { FORCE_COLOR: '1' }, colorFlag: true })).toBe(true);
    expect(colorAllowed({ isTTY: true, env: { FORCE_COLOR: '0' }, colorFlag: true })).toBe(false);
    expect(colorAllowed({ isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, colorFlag: true })).toBe(false);
  });
});

describe('prompt policy', () => {
  const io = (overrides: Partial<IOStreams>) => ({ stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true, env: {}, ...overrides }) as IOStreams;

  it('prompts only with terminals on stdin and stdout, no CI and no --no-input', () => {
    expect(promptAllowed(io({}), false)).toBe(true);
    expect(promptAllowed(io({}), true)).toBe(false);
    expect(promptAllowed(io({ stdinIsTTY: false }), false)).toBe(false);
    expect(promptAllowed(io({ stdoutIsTTY: false }), false)).toBe(false);
    expect(promptAllowed(io({ env: { CI: 'true' } }), false)).toBe(false);
    expect(promptAllowed(io({ env: { CI: '0' } }), false)).toBe(true);
    expect(promptAllowed(io({ env: { REGNOTIFY_NO_INPUT: '1' } }), false)).toBe(false);
  });
});

describe('terminal width', () => {
  it('is what the terminal reports, else $COLUMNS, else unknown', () => {
    expect(terminalColumns(132, { COLUMNS: '80' })).toBe(132);
    expect(terminalColumns(0, { COLUMNS: '100' })).toBe(100);
    expect(terminalColumns(undefined, { COLUMNS: 'wide' })).toBeUndefined();
    expect(terminalColumns(0, {})).toBeUndefined();
  });
});
