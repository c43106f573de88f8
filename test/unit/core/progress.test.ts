// The one decision whether a spinner may be shown, and the waits of the run's own (an e-mail link to be clicked).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { IOStreams } from '../../../src/core/io.js';
import { progressAllowed, TerminalProgress } from '../../../src/core/progress.js';
import { memoryIO } from '../../helpers/memory-io.js';

/** A stderr that claims to be a terminal of the given width, recording what is written. */
function terminalIO(columns: number, env: Record<string, string> = {}): { io: IOStreams; written: () => string } {
  // ora moves the cursor through the tty.WriteStream methods; where it goes is not what these tests look at.
  const moved = () => true;
  const err = Object.assign(new PassThrough(), { isTTY: true, columns, cursorTo: moved, moveCursor: moved, clearLine: moved });
  let written = '';
  err.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return { io: { ...memoryIO(env), err, stderrIsTTY: true }, written: () => written };
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('progressAllowed', () => {
  it('allows a spinner only on a terminal, outside CI, without --verbose and on a terminal that draws', () => {
    expect(progressAllowed(terminalIO(80).io, false)).toBe(true);
    expect(progressAllowed(memoryIO(), false)).toBe(false);
    expect(progressAllowed(terminalIO(80, { CI: 'true' }).io, false)).toBe(false);
    expect(progressAllowed(terminalIO(80).io, true)).toBe(false);
    expect(progressAllowed(terminalIO(80, { TERM: 'dumb' }).io, false)).toBe(false);
  });
});

describe('TerminalProgress.wait', () => {
  it('shows its text at once, not after the delay of a request', async () => {
    const { io, written } = terminalIO(80);
    const lines: string[] = [];
    const progress = new TerminalProgress(io, (line) => lines.push(line), 60_000);
    const end = progress.wait('Waiting for ops@example.com');
    await until(() => written().includes('Waiting for ops@example.com'));
    expect(written()).toContain('Waiting for ops@example.com');
    // A poll meanwhile keeps the wait's text.
    progress.begin('Waiting for quay.io')();
    end();
    progress.stop();
    expect(written()).not.toContain('quay.io');
    expect(lines).toEqual([]);
  });

  it('on a terminal that reports no width, writes the text once as a line instead of animating', async () => {
    const { io, written } = terminalIO(0);
    const lines: string[] = [];
    const progress = new TerminalProgress(io, (line) => lines.push(line), 60_000);
    const end = progress.wait('Waiting for ops@example.com');
    await until(() => lines.length > 0);
    for (let poll = 0; poll < 3; poll++) progress.begin('Waiting for quay.io')();
    end();
    progress.stop();
    expect(lines).toEqual(['Waiting for ops@example.com']);
    expect(written()).toBe('');
  });
});
