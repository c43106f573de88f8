// An endless read can only come from a loop without a bound. In the code that talks to servers (src/http and
// src/platforms) the only such loops are the pagination guard's (ended by its page cap) and the transport's retry
// loop (ended by --retries and the redirect limit): a reader that loops over pages must go through paginate().
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOURCE = fileURLToPath(new URL('../../../src', import.meta.url));
const ALLOWED = new Set(['http/pagination.ts', 'http/transport.ts']);
/** `for (;;)`, `for (let i = 0; ; i++)`, `while (true)`, `do … while (true)`. */
const UNBOUNDED = /for\s*\([^;()]*;\s*;|while\s*\(\s*(true|1)\s*\)/;

function files(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [join(directory, entry.name)] : [],
  );
}

describe('unbounded loops', () => {
  it('appear in the HTTP and platform code only in the pagination guard and the retry loop', () => {
    const offenders = [...files(join(SOURCE, 'http')), ...files(join(SOURCE, 'platforms'))]
      .map((file) => relative(SOURCE, file))
      .filter((file) => !ALLOWED.has(file) && UNBOUNDED.test(readFileSync(join(SOURCE, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the pattern finds the loop the CodeArts search had before the guard', () => {
    expect(UNBOUNDED.test('for (let offset = 0; ; offset += REPOSITORY_PAGE_SIZE) {')).toBe(true);
    expect(UNBOUNDED.test('for (;;) {')).toBe(true);
    expect(UNBOUNDED.test('while (true) {')).toBe(true);
    expect(UNBOUNDED.test('for (let index = 0; index < pages.length; index++) {')).toBe(false);
  });
});
