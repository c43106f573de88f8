// The README's repository examples work as written against the emulator a reader starts: its first `repo create`
// once named a repository the emulator's seed already holds, so the first thing a reader tried failed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** `regnotify repo create NAME --namespace NS …` lines, but not the ones that show --if-not-exists finding one. */
const CREATES = [...README.matchAll(/^(?:[A-Z]+=\$\()?regnotify repo create (\S+) --namespace (\S+)(.*)$/gm)]
  .filter(([, , , rest]) => !rest.includes('--if-not-exists'))
  .map(([, name, namespace]) => [name, namespace] as const);

describe('README examples against the emulator', () => {
  it('has repo create examples to check', () => {
    expect(CREATES.length).toBeGreaterThan(0);
  });

  it('puts no ! inside double quotes in a command line (an interactive bash expands it: "event not found")', () => {
    const commands = README.split('\n').filter((line) => /^(\$ )?(\S+=\$\()?regnotify /.test(line));
    expect(commands.length).toBeGreaterThan(20);
    expect(commands.filter((line) => /"[^"]*![^"=]*"/.test(line.replace(/#.*$/, '')))).toEqual([]);
  });

  it.each(CREATES)('repo create %s --namespace %s creates a repository the seed does not hold (exit 0)', async (name, namespace) => {
    const result = await regnotify(['repo', 'create', name, '--namespace', namespace, '-q'], { env: fx.env('quay') });
    expect(result).toMatchObject({ code: 0, stdout: `${namespace}/${name}\n` });
  });
});
