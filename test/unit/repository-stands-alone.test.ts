// The repository must stand alone: a contributor or user has only what is tracked here, so code, tests and docs
// may cite upstream projects (quay/quay `endpoints/api/repoemail.py`) and this repository's docs/, but never a
// sibling checkout (`../shared/...`) or an absolute path of one development machine (`/work/...`).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED = ['src', 'test', 'docs', 'scripts', 'bench', 'README.md'];
const THIS_FILE = relative(ROOT, fileURLToPath(import.meta.url)).split(sep).join('/');

// `../shared` anywhere; `/work/` only where it starts a path (not inside a URL such as https://host/work/x).
const OUTSIDE_REFERENCE = /\.\.\/shared\b|(?<![\w.~-])\/work\//;

function trackedFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z', '--', ...SCANNED], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  } catch {
    // Not a git checkout (an unpacked archive): every file under the scanned paths counts.
    return SCANNED.flatMap((entry) =>
      statSync(join(ROOT, entry)).isFile()
        ? [entry]
        : readdirSync(join(ROOT, entry), { recursive: true, encoding: 'utf8' })
            .map((name) => `${entry}/${name.split(sep).join('/')}`)
            .filter((file) => statSync(join(ROOT, file)).isFile()),
    );
  }
}

function outsideReferences(): string[] {
  const found: string[] = [];
  for (const file of trackedFiles()) {
    if (file === THIS_FILE) continue;
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (OUTSIDE_REFERENCE.test(line)) found.push(`${file}:${index + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('the repository stands alone', () => {
  it('has no file under src, test, docs, scripts, bench or README.md that points at ../shared or /work/', () => {
    expect(outsideReferences()).toEqual([]);
  });

  it('recognises the references it forbids, and leaves URLs alone', () => {
    expect(OUTSIDE_REFERENCE.test('see ../shared/DESIGN.md')).toBe(true);
    expect(OUTSIDE_REFERENCE.test('Repo: /work/main (ESM TypeScript)')).toBe(true);
    expect(OUTSIDE_REFERENCE.test('`/work/shared/reference/quay.md`')).toBe(true);
    expect(OUTSIDE_REFERENCE.test('https://example.com/work/hooks')).toBe(false);
    expect(OUTSIDE_REFERENCE.test('quay/quay endpoints/api/repoemail.py')).toBe(false);
  });

  it('scans the tracked files, itself excepted', () => {
    const files = trackedFiles();
    expect(files).toContain('README.md');
    expect(files).toContain('src/cli/program.ts');
    expect(files).toContain(THIS_FILE);
  });
});
