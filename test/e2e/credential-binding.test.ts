// A profile's credentials and TLS settings go only to the profile's own server: another server named by
// --server or REGNOTIFY_SERVER gets the credentials given for it (the environment), or nothing and exit 4.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator, installPlatforms } from '../../src/emulator/index.js';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS } from '../helpers/emulator.js';

const home = new Emulator();
const other = new Emulator();
beforeAll(async () => {
  await Promise.all([installPlatforms(home), installPlatforms(other)]);
  await Promise.all([home.start(), other.start()]);
});
afterAll(() => Promise.all([home.stop(), other.stop()]));
beforeEach(() => [home, other].forEach((emulator) => emulator.reset()));

async function profileFor(platform: 'quay' | 'codearts', server: string[], input: string, extra: string[] = []): Promise<Record<string, string>> {
  const env = { REGNOTIFY_CONFIG_DIR: tempConfigDir() };
  const add = await regnotify(['profile', 'add', 'prod', '--platform', platform, ...server, ...extra], { env, input });
  expect(add.code).toBe(0);
  return env;
}

const quayHint = (server: string) =>
  `hint: set REGNOTIFY_TOKEN for ${server}, or add a profile for it: regnotify profile add NAME --platform quay --server ${server} --token-stdin\n`;

describe('credentials bound to the profile server', () => {
  it('sends a quay profile token to its own server, and none to --server elsewhere (exit 4, nothing sent)', async () => {
    const env = await profileFor('quay', ['--server', home.url], EMULATOR_CREDENTIALS.quayToken, ['--token-stdin']);
    const own = await regnotify(['repo', 'list', '--namespace', 'quayadmin', '-q'], { env });
    expect(own.code).toBe(0);
    expect(home.requests.map((request) => request.headers.authorization)).toEqual([`Bearer ${EMULATOR_CREDENTIALS.quayToken}`]);
    // The same origin written differently is the same server.
    const sameOrigin = await regnotify(['repo', 'list', '--namespace', 'quayadmin', '-q', '--server', `${home.url.replace('http://', 'HTTP://')}/`], { env });
    expect(sameOrigin.code).toBe(0);

    for (const how of [{ args: ['--server', other.url], env: {} }, { args: [], env: { REGNOTIFY_SERVER: other.url } }]) {
      const elsewhere = await regnotify(['repo', 'list', '--namespace', 'quayadmin', ...how.args], { env: { ...env, ...how.env } });
      expect(elsewhere).toMatchObject({
        code: 4,
        stdout: '',
        stderr: `error: no credentials for ${other.url}: profile "prod" holds credentials for ${home.url}, and they are never sent to another server\n${quayHint(other.url)}`,
      });
    }
    expect(other.requests).toEqual([]);
  });

  it('uses REGNOTIFY_TOKEN for the other server, never the profile token', async () => {
    const env = await profileFor('quay', ['--server', home.url], 'token-of-the-home-server', ['--token-stdin']);
    const result = await regnotify(['repo', 'list', '--namespace', 'quayadmin', '-q', '--server', other.url], {
      env: { ...env, REGNOTIFY_TOKEN: EMULATOR_CREDENTIALS.quayToken },
    });
    expect(result.code).toBe(0);
    expect(other.requests.map((request) => request.headers.authorization)).toEqual([`Bearer ${EMULATOR_CREDENTIALS.quayToken}`]);
    expect(JSON.stringify(other.requests)).not.toContain('token-of-the-home-server');
  });

  it('binds a quay profile without a server to https://quay.io, and keeps its namespace for the other server', async () => {
    const env = await profileFor('quay', [], 'token-for-quay-io', ['--token-stdin', '--namespace', 'quayadmin']);
    const refused = await regnotify(['repo', 'list', '--server', other.url], { env });
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain(`profile "prod" holds credentials for https://quay.io, and they are never sent to another server\n`);
    const withToken = await regnotify(['repo', 'list', '-q', '--server', other.url], { env: { ...env, REGNOTIFY_TOKEN: EMULATOR_CREDENTIALS.quayToken } });
    expect(withToken.code).toBe(0);
    expect(other.requests[0]).toMatchObject({ method: 'GET', path: '/api/v1/repository', query: { namespace: 'quayadmin' } });
  });

  it('leaves the profile --insecure and --ca-file behind for another server', async () => {
    // A CA file that cannot be read (profile add refuses one, so it is written in directly) proves it is left behind.
    const env = { REGNOTIFY_CONFIG_DIR: tempConfigDir() };
    const profile = { platform: 'quay', server: home.url, token: 'token', insecure: true, caFile: '/nonexistent/ca.pem' };
    writeFileSync(join(env.REGNOTIFY_CONFIG_DIR, 'profiles.json'), JSON.stringify({ profiles: { prod: profile }, defaults: { quay: 'prod' } }), { mode: 0o600 });
    const ownServer = await regnotify(['repo', 'list', '--namespace', 'quayadmin'], { env });
    expect(ownServer.stderr).toContain('TLS certificate verification is off');
    const result = await regnotify(['repo', 'list', '--namespace', 'quayadmin', '-q', '--server', other.url], { env: { ...env, REGNOTIFY_TOKEN: EMULATOR_CREDENTIALS.quayToken } });
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('binds a CodeArts region profile to the region host: its token and AK/SK never go to --server', async () => {
    for (const [credentials, input] of [
      [['--token-stdin'], EMULATOR_CREDENTIALS.codeartsToken],
      [['--access-key', EMULATOR_CREDENTIALS.codeartsAccessKey, '--secret-key-stdin'], EMULATOR_CREDENTIALS.codeartsSecretKey],
    ] as const) {
      const env = await profileFor('codearts', ['--region', 'cn-north-4'], input, [...credentials]);
      const result = await regnotify(['api', 'GET', '/user/repositories', '--platform', 'codearts', '--server', other.url], { env });
      expect(result).toMatchObject({
        code: 4,
        stdout: '',
        stderr:
          `error: no credentials for ${other.url}: profile "prod" holds credentials for https://codehub-ext.cn-north-4.myhuaweicloud.com, and they are never sent to another server\n` +
          `hint: set REGNOTIFY_TOKEN (or REGNOTIFY_ACCESS_KEY and REGNOTIFY_SECRET_KEY) for ${other.url}, or add a profile for it: regnotify profile add NAME --platform codearts --server ${other.url} --token-stdin\n`,
      });
      const keys = await regnotify(['api', 'GET', '/user/repositories', '--platform', 'codearts', '--server', other.url], {
        env: { ...env, HUAWEICLOUD_SDK_AK: EMULATOR_CREDENTIALS.codeartsAccessKey, HUAWEICLOUD_SDK_SK: EMULATOR_CREDENTIALS.codeartsSecretKey },
      });
      expect(keys.code).toBe(0);
    }
    expect(other.requests).toHaveLength(2);
    expect(other.requests.map((request) => request.headers['x-auth-token'])).toEqual([undefined, undefined]);
    expect(other.requests.every((request) => request.headers.authorization?.startsWith(`SDK-HMAC-SHA256 Access=${EMULATOR_CREDENTIALS.codeartsAccessKey},`))).toBe(true);
  });

  it('keeps the IAM token a CodeArts profile signed in for (and its saved password) away from --server', async () => {
    const env = await profileFor('codearts', ['--region', 'cn-north-4', '--server', home.url], EMULATOR_CREDENTIALS.codeartsPassword, [
      '--iam-endpoint',
      home.url,
      '--username',
      EMULATOR_CREDENTIALS.codeartsUsername,
      '--domain',
      EMULATOR_CREDENTIALS.codeartsDomain,
      '--password-stdin',
      '--save-password',
    ]);
    const signIns = home.requests.length;
    expect(signIns).toBe(1);
    const result = await regnotify(['api', 'GET', '/user/repositories', '--platform', 'codearts', '--server', other.url], { env });
    expect(result).toMatchObject({ code: 4, stdout: '' });
    expect(result.stderr).toMatch(new RegExp(`^error: no credentials for ${other.url}: profile "prod" holds credentials for ${home.url}, `));
    expect(other.requests).toEqual([]);
    // Nor was IAM asked for a token on its behalf.
    expect(home.requests).toHaveLength(signIns);
  });

  it('uses a CodeArts profile stored with a server for that server', async () => {
    const env = await profileFor('codearts', ['--server', home.url], EMULATOR_CREDENTIALS.codeartsToken, ['--token-stdin']);
    const result = await regnotify(['api', 'GET', '/user/repositories', '--platform', 'codearts', '--server', home.url], { env });
    expect(result.code).toBe(0);
    expect(home.requests.map((request) => request.headers['x-auth-token'])).toEqual([EMULATOR_CREDENTIALS.codeartsToken]);
  });
});
