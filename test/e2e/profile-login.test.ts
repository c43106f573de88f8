// `profile login NAME` replaces a profile's credentials (its settings stay), or signs a CodeArts IAM profile in
// again; `profile add` and `profile login` print their result objects with -o json; a platform whose default
// profile was removed names the profiles left.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const { alaudaUsername, alaudaPassword, alaudaToken, codeartsAccessKey, codeartsSecretKey, codeartsUsername, codeartsDomain, codeartsPassword, quayToken } =
  EMULATOR_CREDENTIALS;

function store(profiles: Record<string, Record<string, unknown>>, defaults: Record<string, string> = {}) {
  const dir = tempConfigDir();
  const file = join(dir, 'profiles.json');
  writeFileSync(file, JSON.stringify({ profiles, defaults }), { mode: 0o600 });
  return { env: { REGNOTIFY_CONFIG_DIR: dir }, file: () => JSON.parse(readFileSync(file, 'utf8')), text: () => readFileSync(file, 'utf8') };
}

describe('profile login with new credentials', () => {
  it('replaces a Quay token and keeps the server and namespace; the next command sends the new token', async () => {
    const config = store({ prod: { platform: 'quay', server: fx.url, token: 'old-token-1234', namespace: 'quayadmin', insecure: true } }, { quay: 'prod' });
    const login = await regnotify(['profile', 'login', 'prod', '--token-stdin', '-o', 'json'], { env: config.env, input: `${quayToken}\n` });
    expect(login).toEqual({
      code: 0,
      signal: null,
      stdout: `${JSON.stringify({ action: 'credentials replaced', profile: 'prod', platform: 'quay' }, null, 2)}\n`,
      stderr: '✓ Stored new credentials in profile prod\n',
    });
    expect(config.file().profiles.prod).toEqual({ platform: 'quay', server: fx.url, namespace: 'quayadmin', insecure: true, token: quayToken });
    expect(fx.emulator.requests).toEqual([]);
    const list = await regnotify(['repo', 'list', '-q'], { env: config.env });
    expect(list.code).toBe(0);
    expect(fx.emulator.requests.map((request) => request.headers.authorization)).toEqual([`Bearer ${quayToken}`]);
  });

  it('exchanges an Alauda user name and password for the token that replaces the old one', async () => {
    const config = store({ al: { platform: 'alauda', server: fx.url, token: 'old-token-1234' } });
    const login = await regnotify(['profile', 'login', 'al', '--username', alaudaUsername, '--password-stdin'], { env: config.env, input: alaudaPassword });
    expect(login).toMatchObject({ code: 0, stdout: '', stderr: '✓ Stored new credentials in profile al\n' });
    expect(fx.emulator.requests.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: 'POST', path: '/v1/generate-api-token/', body: new URLSearchParams({ username: alaudaUsername, password: alaudaPassword }).toString() },
    ]);
    expect(config.file().profiles.al).toEqual({ platform: 'alauda', server: fx.url, token: alaudaToken, username: alaudaUsername });
    expect(config.text()).not.toContain(alaudaPassword);
  });

  it('turns a CodeArts token profile into an AK/SK one, keeping region and project id', async () => {
    const config = store({ cn: { platform: 'codearts', region: 'cn-north-4', projectId: 'p1', token: 'old-token-1234' } });
    const login = await regnotify(['profile', 'login', 'cn', '--access-key', codeartsAccessKey, '--secret-key-stdin'], { env: config.env, input: codeartsSecretKey });
    expect(login).toMatchObject({ code: 0, stdout: '', stderr: '✓ Stored new credentials in profile cn\n' });
    expect(config.file().profiles.cn).toEqual({ platform: 'codearts', region: 'cn-north-4', projectId: 'p1', accessKey: codeartsAccessKey, secretKey: codeartsSecretKey });
  });

  it("refuses another platform's sign-in flags, exit 2, the file unchanged", async () => {
    const config = store({ prod: { platform: 'quay', token: 'old-token-1234' } });
    const before = config.text();
    const login = await regnotify(['profile', 'login', 'prod', '--username', 'alice', '--password-stdin'], { env: config.env, input: 'pw' });
    expect(login).toMatchObject({ code: 2, stdout: '', stderr: 'error: --username does not apply to quay profiles\n' });
    expect(config.text()).toBe(before);
  });

  it('refuses an unknown profile, exit 2', async () => {
    const login = await regnotify(['profile', 'login', 'nope', '--token-stdin'], { input: 'token' });
    expect(login).toMatchObject({ code: 2, stdout: '', stderr: 'error: no profile named "nope"\nhint: list profiles with: regnotify profile list\n' });
  });
});

describe('result objects with -o json', () => {
  it('profile add', async () => {
    const dir = tempConfigDir();
    const first = await regnotify(['profile', 'add', 'a', '--platform', 'quay', '--token-stdin', '-o', 'json'], { env: { REGNOTIFY_CONFIG_DIR: dir }, input: 'tok3n-1234' });
    expect(first).toEqual({
      code: 0,
      signal: null,
      stdout: `${JSON.stringify({ action: 'saved', profile: 'a', platform: 'quay', default: true }, null, 2)}\n`,
      stderr: '✓ Saved profile a (quay, default)\n',
    });
    const second = await regnotify(['profile', 'add', 'b', '--platform', 'quay', '-o', 'yaml'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(second).toMatchObject({ code: 0, stdout: 'action: saved\nprofile: b\nplatform: quay\ndefault: false\n', stderr: '✓ Saved profile b (quay)\n' });
  });

  it('profile login of a CodeArts IAM profile: signed in, with the expiry of the cached token', async () => {
    const dir = tempConfigDir();
    const env = { REGNOTIFY_CONFIG_DIR: dir };
    const add = await regnotify(
      ['profile', 'add', 'iam', '--platform', 'codearts', '--region', 'cn-north-4', '--server', fx.url, '--iam-endpoint', fx.url, '--username', codeartsUsername, '--domain', codeartsDomain, '--password-stdin'],
      { env, input: codeartsPassword },
    );
    expect(add.code).toBe(0);
    const login = await regnotify(['profile', 'login', 'iam', '--password-stdin', '--json'], { env, input: codeartsPassword });
    const [cached] = Object.values(JSON.parse(readFileSync(join(dir, 'codearts-tokens.json'), 'utf8'))) as Array<{ expires_at: string }>;
    expect(login).toEqual({
      code: 0,
      signal: null,
      stdout: `${JSON.stringify({ action: 'signed in', profile: 'iam', expires_at: cached.expires_at }, null, 2)}\n`,
      stderr: `✓ Signed in as ${codeartsUsername}@${codeartsDomain} (token cached until ${cached.expires_at})\n`,
    });
  });
});

describe('a platform whose default profile was removed', () => {
  it('a command names the profiles left and how to pick one, sending nothing', async () => {
    const config = store({ one: { platform: 'quay', server: fx.url, token: quayToken }, two: { platform: 'quay', server: fx.url }, al: { platform: 'alauda' } }, { quay: 'one', alauda: 'al' });
    const removed = await regnotify(['profile', 'remove', 'one', '--yes'], { env: config.env });
    expect(removed).toMatchObject({ code: 0, stderr: '✓ Removed profile one\n' });
    const list = await regnotify(['repo', 'list', '--namespace', 'quayadmin'], { env: config.env });
    expect(list).toEqual({
      code: 4,
      signal: null,
      stdout: '',
      stderr: 'error: no default Red Hat Quay profile (stored: two)\nhint: make one the default with: regnotify profile use NAME, or pass --profile NAME\n',
    });
    expect(fx.emulator.requests).toEqual([]);
    expect(config.file().defaults).toEqual({ alauda: 'al' });
  });

  it('lists every profile of the platform, and none of another', async () => {
    const config = store({ zeta: { platform: 'quay' }, alpha: { platform: 'quay' }, al: { platform: 'alauda' } });
    const list = await regnotify(['repo', 'list', '--namespace', 'quayadmin'], { env: config.env });
    expect(list.stderr).toBe('error: no default Red Hat Quay profile (stored: alpha, zeta)\nhint: make one the default with: regnotify profile use NAME, or pass --profile NAME\n');
  });

  it('runs with credentials from the environment, or with --profile', async () => {
    const config = store({ two: { platform: 'quay', server: fx.url, token: quayToken } });
    const fromEnv = await regnotify(['repo', 'list', '--namespace', 'quayadmin', '-q'], { env: { ...config.env, REGNOTIFY_TOKEN: quayToken, REGNOTIFY_SERVER: fx.url } });
    expect(fromEnv.code).toBe(0);
    const named = await regnotify(['repo', 'list', '--namespace', 'quayadmin', '-q', '--profile', 'two'], { env: config.env });
    expect(named.code).toBe(0);
    expect(fx.emulator.requests).toHaveLength(2);
  });

  it('a CodeArts command names the profiles left too', async () => {
    const config = store({ cn: { platform: 'codearts', region: 'cn-north-4', token: 't' } });
    const status = await regnotify(['subscription', 'status', '123'], { env: config.env });
    expect(status).toMatchObject({
      code: 4,
      stderr: 'error: no default Huawei Cloud CodeArts Repo profile (stored: cn)\nhint: make one the default with: regnotify profile use NAME, or pass --profile NAME\n',
    });
  });
});
