import fc from 'fast-check';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { Output, type OutputOptions } from '../../../src/core/output.js';
import { escapeControls, escapeLine, terminalSafeJson } from '../../../src/core/terminal-text.js';
import { memoryIO } from '../../helpers/memory-io.js';

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_IN_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Strings rich in what a hostile server would send: controls, C1, bidi, plus ordinary text. */
const hostile = fc.string({
  unit: fc.oneof(fc.integer({ min: 0, max: 0x9f }).map((code) => String.fromCharCode(code)), fc.constantFrom('\u202e', '\u2066', '\u2028', 'é', '✓', '\\'), fc.string({ maxLength: 1 })),
  maxLength: 40,
});

// A "__proto__" key reads back fine, but toEqual compares it through the prototype; regnotify's own keys never are one.
const key = hostile.filter((text) => text !== '__proto__');

describe('escapeControls and escapeLine', () => {
  it('write out ESC, OSC, BEL, C1 and bidi controls', () => {
    expect(escapeLine('a\u001b[2Jb\u001b]0;title\u0007c\u009b1md\u202ee\r\nf')).toBe('a\\x1b[2Jb\\x1b]0;title\\x07c\\x9b1md\\u202ee\\x0d\\x0af');
    expect(escapeControls('line 1\n\tline 2\r')).toBe('line 1\n\tline 2\\x0d');
  });

  it('leave no unsafe character in any string, and change nothing in safe text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(escapeLine(text)).not.toMatch(UNSAFE_IN_LINE);
        expect(escapeControls(text)).not.toMatch(UNSAFE);
        if (!UNSAFE_IN_LINE.test(text)) expect(escapeLine(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('terminal-safe JSON reads back as the same value', () => {
    fc.assert(
      fc.property(fc.dictionary(key, hostile), (value) => {
        const json = terminalSafeJson(JSON.stringify(value, null, 2));
        expect(json).not.toMatch(UNSAFE);
        expect(JSON.parse(json)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });
});

function output(options: Partial<OutputOptions> = {}) {
  const io = memoryIO();
  const shown = new Output(io, { format: 'table', quiet: false, color: false, errorColor: false, showSecrets: false, redact: (text) => text.replaceAll('s3cret-value', '***'), ...options });
  return { io, output: shown };
}

describe('Output on a hostile value', () => {
  it('escapes warnings, ✓ lines, notices and trace lines, and redacts them; reveal shows its secret', () => {
    const { io, output: out } = output();
    out.warn('name \u001b[2J s3cret-value');
    out.success('made \u009b31m');
    out.notice('To do this:\n  regnotify x \u0007');
    out.trace('< 200 text/plain\u001b]0;t\u0007');
    out.reveal('Generated secret: s3cret-value\u001b');
    expect(io.stderr()).toBe(
      'warning: name \\x1b[2J ***\n✓ made \\x9b31m\nTo do this:\n  regnotify x \\x07\n< 200 text/plain\\x1b]0;t\\x07\nGenerated secret: s3cret-value\\x1b\n',
    );
  });

  it('writes YAML with no raw control character, which reads back as the value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, hostile, { minKeys: 1 }), async (value) => {
        const { io, output: out } = output({ format: 'yaml' });
        await out.object(value, { fields: [], id: () => '' });
        expect(io.stdout()).not.toMatch(UNSAFE);
        expect(YAML.parse(io.stdout())).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });

  it('prints -q ids and tab-separated cells on one line each, escaped', async () => {
    const { io, output: out } = output();
    await out.list([{ id: 'a\nb\u001b', name: 'x\ty\r' }], { columns: [{ header: 'id', value: (row) => row.id }, { header: 'name', value: (row) => row.name }], id: (row) => row.id });
    const quiet = output({ quiet: true });
    await quiet.output.list([{ id: 'a\nb\u001b' }], { columns: [], id: (row) => row.id });
    expect(io.stdout()).toBe('a b\\x1b\tx y\\x0d\n');
    expect(quiet.io.stdout()).toBe('a\nb\\x1b\n');
  });
});
