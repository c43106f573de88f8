import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePythonRegex, PythonRegexError, pythonMatchesFromStart } from '../../../src/platforms/quay/python-regex.js';

// Each expectation below is what CPython's re.compile() answers (checked against CPython 3.11).
describe("ref-regex: Python's re syntax", () => {
  const accepted = ['^refs/heads/main$', 'refs/heads/(main|release-.*)', '(?P<name>x)(?P=name)', 'a{,2}', '(?i)refs/TAGS/v\\d+', '(?<=refs/)heads', '(?x) refs / heads  # comment', 'a*+', '(?>a|b)c'];
  for (const pattern of accepted) it(`accepts ${pattern}`, () => expect(() => parsePythonRegex(pattern)).not.toThrow());

  const refused: Array<[string, string]> = [
    ['(?<name>x)', 'unknown extension ?<n at position 1'],
    ['\\k<name>', 'bad escape \\k at position 0'],
    ['(?<=a+)b', 'look-behind requires fixed-width pattern'],
    ['(?i)a(?i)b', 'global flags not at the start of the expression at position 5'],
    ['a**', 'multiple repeat at position 2'],
    ['*a', 'nothing to repeat at position 0'],
    ['[z-a]', 'bad character range z-a at position 1'],
    ['\\q', 'bad escape \\q at position 0'],
    ['(', 'missing ), unterminated subpattern at position 0'],
    ['a)', 'unbalanced parenthesis at position 1'],
    ['[abc', 'unterminated character set at position 0'],
    ['(a)\\2', 'invalid group reference 2 at position 4'],
    ['(?P<n>a)(?P<n>b)', "redefinition of group name 'n' as group 2; was group 1 at position 12"],
    ['(?P=x)', "unknown group name 'x' at position 4"],
    ['a{3,1}', 'min repeat greater than max repeat at position 2'],
    ['\\x4', 'incomplete escape \\x4 at position 0'],
    ['x\n(', 'missing ), unterminated subpattern (line 2, column 1)'],
  ];
  for (const [pattern, message] of refused) {
    it(`refuses ${JSON.stringify(pattern)} with Python's message`, () => {
      const error = (() => {
        try {
          parsePythonRegex(pattern);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(PythonRegexError);
      expect((error as Error).message).toBe(message);
    });
  }

  it('matches from the start of the ref, not the whole ref (re.match)', () => {
    expect(pythonMatchesFromStart('refs/heads/main', 'refs/heads/main-old')).toBe(true);
    expect(pythonMatchesFromStart('heads/main', 'refs/heads/main')).toBe(false);
    expect(pythonMatchesFromStart('refs/heads/main$', 'refs/heads/main\n')).toBe(true);
    expect(pythonMatchesFromStart('refs/heads/main\\Z', 'refs/heads/main\n')).toBe(false);
    expect(pythonMatchesFromStart('refs/heads/(?P<b>\\w+)/(?P=b)', 'refs/heads/x/x')).toBe(true);
    expect(pythonMatchesFromStart('refs/heads/.', 'refs/heads/\n')).toBe(false);
    expect(pythonMatchesFromStart('(?i)REFS/HEADS/é', 'refs/heads/É')).toBe(true);
  });

  it('a text with every special character escaped matches itself, and only from its start (property)', () => {
    const escapePython = (text: string) => text.replace(/[.^$*+?{}[\]\\|()#\s-]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 5 }), (text, prefix) => {
        expect(pythonMatchesFromStart(escapePython(text), text + prefix)).toBe(true);
        if (prefix !== '' && !(prefix + text).startsWith(text)) expect(pythonMatchesFromStart(escapePython(text), prefix + text)).toBe(false);
      }),
    );
  });

  it('throws nothing but PythonRegexError on any pattern (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab1()[]{}*+?|^$.-,\\<>=!:#P'.split('')), maxLength: 12 }), (pattern) => {
        try {
          parsePythonRegex(pattern);
        } catch (error) {
          expect(error).toBeInstanceOf(PythonRegexError);
        }
      }),
    );
  });
});
