// Start-up costs that once crept in and are easy to bring back without noticing (docs/style.md, "Start-up"). The
// figures are in bench/startup.mjs; these checks only keep the causes out.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(directory: string, suffix: string): string[] {
  return readdirSync(join(ROOT, directory), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(directory, name));
}

describe('start-up guards', () => {
  it('the program is one CommonJS bundle (which the launcher compiles with its code cache), not ESM chunks', () => {
    expect(readdirSync(join(ROOT, 'dist')).filter((name) => /\.[cm]?js$/.test(name))).toEqual(['regnotify.cjs']);
  });

  it("no source file takes zod's named `z` export, which is the whole library as one object", () => {
    const offenders = filesUnder('src', '.ts').filter((file) => /import\s*\{\s*z\s*\}\s*from\s*'zod/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the launcher sets no V8 flag: V8 would refuse Node\'s built-in code cache for every built-in loaded after it', () => {
    const launcher = readFileSync(join(ROOT, 'bin/regnotify.js'), 'utf8');
    expect(launcher).not.toMatch(/setFlagsFromString/);
  });

  it('the launcher takes built-ins as module objects, not as ESM imports', () => {
    const launcher = readFileSync(join(ROOT, 'bin/regnotify.js'), 'utf8');
    expect(launcher).not.toMatch(/^import .* from 'node:/m);
  });
});
