// The global contract (docs/design.md, "Global contract"): precedence, formats, colour, exit codes, errors.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../src/emulator/server.js';
import { regnotify, tempConfigDir } from '../helpers/cli.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

function serverNamed(name: string): Emulator {
  return new Emulator().route('GET', '/api/v1/whoami', () => ({ status: 200, json: { server: name } }));
}

const first = serverNamed('first');
const second = serverNamed('second');
const third = serverNamed('third');
beforeAll(async () => {
  await Promise.all([first.start(), second.start(), third.start()]);
});
afterAll(() => Promise.all([first.stop(), second.stop(), third.stop()]));
beforeEach(() => [first, second, third].forEach((emulator) => emulator.reset()));

async function withProfiles(): Promise<string> {
  const dir = tempConfigDir();
  const env = { REGNOTIFY_CONFIG_DIR: dir };
  await regnotify(['profile', 'add', 'main', '--platform', 'quay', '--server', first.url, '--token-stdin'], { env, input: 'token-of-main' });
  await regnotify(['profile', 'add', 'other', '--platform', 'quay', '--server', second.url, '--token-stdin'], { env, input: 'token-of-other' });
  return dir;
}

describe('precedence: flag > env > named profile > default profile', () => {
  it('uses the default profile of the platform when nothing else is said', async () => {
    const dir = await withProfiles();
    const result = await regnotify(['api', 'GET', '/whoami', '--platform', 'quay'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(result).toMatchObject({ code: 0, stdout: '{"server":"first"}\n' });
    expect(first.requests[0].headers.authorization).toBe('Bearer token-of-main');
  });

  it('uses the profile named by REGNOTIFY_PROFILE, and --profile over it', async () => {
    const dir = await withProfiles();
    const byEnv = await regnotify(['api', 'GET', '/whoami', '--platform', 'quay'], { env: { REGNOTIFY_CONFIG_DIR: dir, REGNOTIFY_PROFILE: 'other' } });
    expect(byEnv.stdout).toBe('{"server":"second"}\n');
    expect(second.requests[0].headers.authorization).toBe('Bearer token-of-other');
    const byFlag = await regnotify(['api', 'GET', '/whoami', '--platform', 'quay', '--profile', 'main'], { env: { REGNOTIFY_CONFIG_DIR: dir, REGNOTIFY_PROFILE: 'other' } });
    expect(byFlag.stdout).toBe('{"server":"first"}\n');
  });

  it('lets REGNOTIFY_SERVER and REGNOTIFY_TOKEN override the profile, and --server override the environment', async () => {
    const dir = await withProfiles();
    const byEnv = await regnotify(['api', 'GET', '/whoami', '--platform', 'quay', '--profile', 'other'], {
      env: { REGNOTIFY_CONFIG_DIR: dir, REGNOTIFY_SERVER: third.url, REGNOTIFY_TOKEN: 'token-from-env' },
    });
    expect(byEnv.stdout).toBe('{"server":"third"}\n');
    expect(third.requests[0].headers.authorization).toBe('Bearer token-from-env');
    const byFlag = await regnotify(['api', 'GET', '/whoami', '--platform', 'quay', '--server', first.url], {
      env: { REGNOTIFY_CONFIG_DIR: dir, REGNOTIFY_SERVER: third.url, REGNOTIFY_TOKEN: 'token-from-env' },
    });
    expect(byFlag.stdout).toBe('{"server":"first"}\n');
    expect(first.requests[0].headers.authorization).toBe('Bearer token-from-env');
  });

  it('names an unknown profile and a profile of another platform, exit 2', async () => {
    const dir = await withProfiles();
    const unknown = await regnotify(['api', 'GET', '/whoami', '--platform', 'quay', '--profile', 'nope'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(unknown).toMatchObject({ code: 2, stderr: 'error: --profile: no profile named "nope"\nhint: list profiles with: regnotify profile list\n' });
    const wrong = await regnotify(['api', 'GET', '/v1/hooks', '--platform', 'alauda', '--profile', 'main'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^error: profile "main" is for Red Hat Quay, but this command talks to Alauda\n/);
  });
});

describe('usage errors', () => {
  it('names an unknown flag and exits 2', async () => {
    const result = await regnotify(['profile', 'list', '--bogus']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: "error: unknown option '--bogus'\nhint: see --help for usage\n" });
  });

  it('names a bad --output value and the allowed ones', async () => {
    const result = await regnotify(['profile', 'list', '-o', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: option \'-o, --output <format>\' argument \'xml\' is invalid. Allowed choices are table, json, yaml.\nhint: see --help for usage\n');
  });

  it('names a bad REGNOTIFY_OUTPUT and suggests the closest format', async () => {
    const result = await regnotify(['profile', 'list'], { env: { REGNOTIFY_OUTPUT: 'jsno' } });
    expect(result).toMatchObject({ code: 2, stderr: 'error: REGNOTIFY_OUTPUT: unknown output format "jsno" (allowed: table, json, yaml); did you mean "json"?\n' });
  });

  it('rejects a bad --timeout and --retries', async () => {
    const timeout = await regnotify(['profile', 'list', '--timeout', 'soon']);
    expect(timeout).toMatchObject({ code: 2, stderr: 'error: --timeout: invalid value "soon" (allowed: seconds, a number greater than 0 and at most 3600)\n' });
    const retries = await regnotify(['profile', 'list', '--retries', '-1']);
    expect(retries.code).toBe(2);
  });

  it('names an unknown command with a suggestion', async () => {
    const result = await regnotify(['profil', 'list']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: unknown command 'profil'\n\(Did you mean profile\?\)|^error: unknown command 'profil'/);
  });
});

describe('output', () => {
  it('prints exactly one JSON document on stdout with --json, an empty array for an empty list', async () => {
    const result = await regnotify(['profile', 'list', '--json']);
    expect(result).toMatchObject({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('prints nothing for an empty piped table and exits 0', async () => {
    const result = await regnotify(['profile', 'list']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('prints identifiers only with -q', async () => {
    const dir = await withProfiles();
    const result = await regnotify(['profile', 'list', '-q'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(result.stdout).toBe('main\nother\n');
  });

  it('colours stderr only when forced, and NO_COLOR wins over FORCE_COLOR', async () => {
    const plain = await regnotify(['profile', 'add', 'a', '--platform', 'quay']);
    expect(plain.stderr).toBe('✓ Saved profile a (quay, default)\n');
    const forced = await regnotify(['profile', 'add', 'a', '--platform', 'quay'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toBe('\u001b[32m✓\u001b[39m Saved profile a (quay, default)\n');
    const both = await regnotify(['profile', 'add', 'a', '--platform', 'quay'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(both.stderr).toBe('✓ Saved profile a (quay, default)\n');
    const flag = await regnotify(['profile', 'add', 'a', '--platform', 'quay', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(flag.stderr).toBe('✓ Saved profile a (quay, default)\n');
  });

  it('prints the version', async () => {
    const result = await regnotify(['--version']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('lists the groups and global options in --help', async () => {
    const result = await regnotify(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('profile');
    expect(result.stdout).toContain('--server <url>');
    expect(result.stdout).toContain('Exit codes:');
  });
});
