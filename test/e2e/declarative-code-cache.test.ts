// plan and apply as real processes, twice: the code cache the launcher writes after the first run is taken by the
// second, not refused and written again (the young-generation flag a plan sets is put back before the run ends:
// V8 takes a cache only under the flags it was made with).
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotifyProcess } from '../helpers/cli.js';
import { yamlFileWriter } from '../helpers/declarative.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const file = yamlFileWriter('regnotify-declarative-code-cache');

const ONE_CREATE = file(`version: 1
quay:
  repositories:
    acme/app:
      notifications:
        - { title: Deploy on push, event: repo_push, method: webhook, config: { url: "https://ci.example.com/hooks/quay" } }
        - { title: Critical CVEs, event: vulnerability_found, event_config: { level: critical }, method: email, config: { email: ops@example.com } }
        - { title: Cached, event: build_failure, method: webhook, config: { url: "https://ci.example.com/cached" } }
`);

/** The one cache file of `group` under a fresh cache home, and when it was written. */
function cacheOf(home: string, group: string): { name: string; written: number } {
  const names = readdirSync(join(home, 'regnotify')).filter((name) => name.endsWith(`-${group}.code-cache`));
  expect(names).toHaveLength(1);
  return { name: names[0], written: statSync(join(home, 'regnotify', names[0])).mtimeMs };
}

describe('the code cache of plan and apply', () => {
  it.each([
    ['plan', ['plan', '-f', ONE_CREATE]],
    ['apply', ['apply', '-f', ONE_CREATE, '--yes']],
  ])('is written by the first %s and taken by the next', async (group, args) => {
    const home = mkdtempSync(join(tmpdir(), 'regnotify-cache-home-'));
    const env = { ...fx.env('quay'), XDG_CACHE_HOME: home };
    expect((await regnotifyProcess(args, { env })).code).toBe(0);
    const first = cacheOf(home, group);
    expect((await regnotifyProcess(args, { env })).code).toBe(0);
    expect(cacheOf(home, group)).toEqual(first);
  });
});
