// The profiles file is the user's: a write never proceeds over a file regnotify cannot fully understand,
// never drops what it does not know, and a file others can read draws a warning.
import { chmodSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify, tempConfigDir } from '../helpers/cli.js';

const HINT = 'hint: fix the file or move it aside; regnotify never writes over a profile file it cannot read\n';

/** Each damaged file and what the message says is wrong with it. */
const DAMAGED: Array<{ content: string | 'directory'; problem: string }> = [
  { content: '[]', problem: 'holds an array, not an object with "profiles" and "defaults"' },
  { content: 'null', problem: 'holds null, not an object with "profiles" and "defaults"' },
  { content: '"x"', problem: 'holds a string, not an object with "profiles" and "defaults"' },
  { content: '42', problem: 'holds a number, not an object with "profiles" and "defaults"' },
  { content: 'true', problem: 'holds a boolean, not an object with "profiles" and "defaults"' },
  { content: '', problem: 'is empty' },
  { content: ' \n', problem: 'is empty' },
  { content: '{"profiles": {"prod": {"platform": "quay", "token": "s3cret-in-a-broken-file"', problem: 'is not valid JSON' },
  { content: 'profiles: {}', problem: 'is not valid JSON' },
  { content: 'directory', problem: 'is a directory, not a file' },
  { content: '{"profiles": []}', problem: 'has an array as "profiles", not an object of profiles by name' },
  { content: '{"profiles": {"prod": null}}', problem: 'has an invalid profile "prod": Invalid input: expected object, received null' },
  { content: '{"profiles": {"prod": {"platform": "harbor"}}}', problem: 'has an invalid profile "prod": platform: Invalid option: expected one of "quay"|"alauda"|"codearts"' },
  { content: '{"profiles": {"my prod": {"platform": "quay", "insecure": "yes"}}}', problem: 'has an invalid profile "my prod": insecure: Invalid input: expected boolean, received string' },
  { content: '{"profiles": {}, "defaults": []}', problem: 'has invalid defaults: Invalid input: expected object, received array' },
  { content: '{"profiles": {}, "defaults": {"quay": 7}}', problem: 'has invalid defaults: quay: Invalid input: expected string, received number' },
];

/** Every command that writes the file, and two that only read it. */
const WRITES = [
  ['profile', 'add', 'new', '--platform', 'quay', '--token-stdin'],
  ['profile', 'use', 'prod'],
  ['profile', 'remove', 'prod', '--yes'],
  ['profile', 'login', 'prod', '--password-stdin', '--save-password'],
];
const READS = [['profile', 'list'], ['profile', 'show', 'prod'], ['repo', 'list', '--namespace', 'acme']];

function damagedDir(content: string): string {
  const dir = tempConfigDir();
  if (content === 'directory') mkdirSync(join(dir, 'profiles.json'));
  else writeFileSync(join(dir, 'profiles.json'), content, { mode: 0o600 });
  return dir;
}

describe('a profile file regnotify cannot understand', () => {
  it.each(DAMAGED)('is never written over and named in every message: $content', async ({ content, problem }) => {
    const dir = damagedDir(content);
    const file = join(dir, 'profiles.json');
    const before = content === 'directory' ? undefined : readFileSync(file);
    const results = await Promise.all(
      [...WRITES, ...READS].map((args) => regnotify(args, { env: { REGNOTIFY_CONFIG_DIR: dir, REGNOTIFY_SERVER: 'http://127.0.0.1:9' }, input: 'token-value' })),
    );
    for (const result of results) {
      expect(result).toMatchObject({ code: 2, stdout: '', stderr: `error: profile file ${file} ${problem}\n${HINT}` });
    }
    if (before) expect(readFileSync(file).equals(before)).toBe(true);
    expect(results.map((result) => result.stderr).join('')).not.toContain('s3cret-in-a-broken-file');
  });
});

describe('keys this version does not know', () => {
  it('survive every write: at the top, in defaults and in a profile', async () => {
    const dir = tempConfigDir();
    const file = join(dir, 'profiles.json');
    const original = {
      version: 2,
      profiles: { prod: { platform: 'quay', token: 'token-prod', labels: { team: 'a' }, futureSetting: [1, 2] } },
      defaults: { quay: 'prod', harbor: 'elsewhere' },
      telemetry: { enabled: false },
    };
    writeFileSync(file, JSON.stringify(original), { mode: 0o600 });
    const env = { REGNOTIFY_CONFIG_DIR: dir };
    expect((await regnotify(['profile', 'add', 'alauda', '--platform', 'alauda', '--token-stdin'], { env, input: 'token-alauda' })).code).toBe(0);
    expect((await regnotify(['profile', 'use', 'prod'], { env })).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      version: 2,
      profiles: { prod: original.profiles.prod, alauda: { platform: 'alauda', token: 'token-alauda' } },
      defaults: { quay: 'prod', harbor: 'elsewhere', alauda: 'alauda' },
      telemetry: { enabled: false },
    });
    expect((await regnotify(['profile', 'remove', 'alauda', '--yes'], { env })).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(original);
  });
});

describe('a profile file kept elsewhere and linked', () => {
  it('stays a link: the file it points to is replaced', async () => {
    const dir = tempConfigDir();
    const real = join(tempConfigDir(), 'dotfiles-profiles.json');
    writeFileSync(real, '{"profiles":{},"defaults":{}}', { mode: 0o600 });
    symlinkSync(real, join(dir, 'profiles.json'));
    const add = await regnotify(['profile', 'add', 'prod', '--platform', 'quay'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(add.code).toBe(0);
    expect(lstatSync(join(dir, 'profiles.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8'))).toEqual({ profiles: { prod: { platform: 'quay' } }, defaults: { quay: 'prod' } });
  });
});

describe('a profile file others can read', () => {
  it('draws a warning on every read, and the next write makes it 0600 again', async () => {
    const dir = tempConfigDir();
    const file = join(dir, 'profiles.json');
    const env = { REGNOTIFY_CONFIG_DIR: dir };
    await regnotify(['profile', 'add', 'prod', '--platform', 'quay', '--token-stdin'], { env, input: 'token-prod' });
    chmodSync(file, 0o644);
    const warning = `warning: profile file ${file} can be read by other users (mode 0644); protect it with: chmod 600 ${file}\n`;
    expect(await regnotify(['profile', 'list'], { env })).toMatchObject({ code: 0, stdout: 'prod\tquay\t\tyes\n', stderr: warning });
    chmodSync(file, 0o640);
    const show = await regnotify(['profile', 'show', 'prod'], { env });
    expect(show).toMatchObject({ code: 0, stderr: warning.replaceAll('0644', '0640') });
    chmodSync(file, 0o600);
    expect(await regnotify(['profile', 'list'], { env })).toMatchObject({ code: 0, stderr: '' });
  });
});

/** Names every JavaScript object answers to: a profile store must treat them as names like any other. */
const BUILT_IN_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__proto__', '__defineGetter__'];
const NO_SUCH = (name: string) => `error: no profile named "${name}"\nhint: list profiles with: regnotify profile list\n`;

describe('profile names that are JavaScript built-ins', () => {
  it.each(BUILT_IN_NAMES)('are no profile until one is added: %s', async (name) => {
    const dir = tempConfigDir();
    const env = { REGNOTIFY_CONFIG_DIR: dir };
    await regnotify(['profile', 'add', 'prod', '--platform', 'quay', '--token-stdin'], { env, input: 'token-prod' });
    const before = readFileSync(join(dir, 'profiles.json'));
    const [show, use, remove, login, byFlag, byEnv] = await Promise.all([
      regnotify(['profile', 'show', name], { env }),
      regnotify(['profile', 'use', name], { env }),
      regnotify(['profile', 'remove', name, '--yes'], { env }),
      regnotify(['profile', 'login', name, '--password-stdin'], { env, input: 'password' }),
      regnotify(['repo', 'list', '--namespace', 'acme', '--profile', name], { env }),
      regnotify(['repo', 'list', '--namespace', 'acme'], { env: { ...env, REGNOTIFY_PROFILE: name } }),
    ]);
    for (const result of [show, use, login]) expect(result).toMatchObject({ code: 2, stdout: '', stderr: NO_SUCH(name) });
    // Deleting what is absent is exit 3 (not found) in every group.
    expect(remove).toMatchObject({ code: 3, stdout: '', stderr: NO_SUCH(name) });
    expect(byFlag).toMatchObject({ code: 2, stdout: '', stderr: `error: --profile: ${NO_SUCH(name).slice('error: '.length)}` });
    expect(byEnv).toMatchObject({ code: 2, stdout: '', stderr: `error: REGNOTIFY_PROFILE: ${NO_SUCH(name).slice('error: '.length)}` });
    expect(readFileSync(join(dir, 'profiles.json')).equals(before)).toBe(true);
  });

  it.each(BUILT_IN_NAMES.filter((name) => /^[A-Za-z0-9]/.test(name)))('work as names in every verb: %s', async (name) => {
    const dir = tempConfigDir();
    const env = { REGNOTIFY_CONFIG_DIR: dir };
    const add = await regnotify(['profile', 'add', name, '--platform', 'quay', '--server', 'https://quay.example.com', '--token-stdin'], { env, input: 'token-x' });
    expect(add).toMatchObject({ code: 0, stderr: `✓ Saved profile ${name} (quay, default)\n` });
    await regnotify(['profile', 'add', 'other', '--platform', 'quay', '--default'], { env });
    expect(await regnotify(['profile', 'use', name], { env })).toMatchObject({ code: 0, stderr: `✓ ${name} is now the default quay profile\n` });
    expect(JSON.parse((await regnotify(['profile', 'show', name, '--json'], { env })).stdout)).toEqual({
      name,
      platform: 'quay',
      server: 'https://quay.example.com',
      token: '***',
      default: true,
    });
    expect((await regnotify(['profile', 'list', '-q'], { env })).stdout.split('\n').sort()).toEqual(['', name, 'other'].sort());
    const again = await regnotify(['profile', 'add', name, '--platform', 'quay'], { env });
    expect(again).toMatchObject({ code: 2, stderr: `error: a profile named "${name}" already exists\nhint: pass --force to replace it, or pick another name\n` });
    expect(await regnotify(['profile', 'remove', name, '--yes'], { env })).toMatchObject({ code: 0, stderr: `✓ Removed profile ${name}\n` });
    expect(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8'))).toEqual({ profiles: { other: { platform: 'quay' } }, defaults: {} });
  });

  it('refuses to add __proto__ (a name must start with a letter or digit), and keeps one a file already holds', async () => {
    const dir = tempConfigDir();
    const env = { REGNOTIFY_CONFIG_DIR: dir };
    const refused = await regnotify(['profile', 'add', '__proto__', '--platform', 'quay'], { env });
    expect(refused).toMatchObject({
      code: 2,
      stderr: 'error: invalid profile name "__proto__" (allowed: letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64)\n',
    });
    const file = join(dir, 'profiles.json');
    writeFileSync(file, '{"profiles":{"__proto__":{"platform":"alauda","token":"t0ken-proto"}},"defaults":{"alauda":"__proto__"}}', { mode: 0o600 });
    expect((await regnotify(['profile', 'list', '--json'], { env })).stdout).toBe(
      `${JSON.stringify([{ name: '__proto__', platform: 'alauda', server: null, default: true }], null, 2)}\n`,
    );
    expect((await regnotify(['profile', 'add', 'prod', '--platform', 'quay'], { env })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('"__proto__": {');
    expect(JSON.parse(readFileSync(file, 'utf8'), (key, value) => (key === '__proto__' ? { kept: value } : value))).toEqual({
      profiles: { prod: { platform: 'quay' }, ['__proto__']: { kept: { platform: 'alauda', token: 't0ken-proto' } } },
      defaults: { alauda: '__proto__', quay: 'prod' },
    });
  });
});
