import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODEARTS_TEMPORARY_KEYS, verifyRecordedSignature } from '../../src/emulator/codearts/index.js';
import type { RecordedRequest } from '../../src/emulator/server.js';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const { codeartsAccessKey: AK, codeartsSecretKey: SK, codeartsUsername: USER, codeartsDomain: DOMAIN, codeartsPassword: PASSWORD } = EMULATOR_CREDENTIALS;
const STATUS = ['subscription', 'status', '123', '-q'];
const STATUS_PATH = '/v4/repositories/123/notification-subscriptions/status';
const ENABLED = 'internal_message\nqyweixin\n';

const server = () => ({ REGNOTIFY_SERVER: fx.url });
const apiRequests = () => fx.emulator.requests.filter((request) => request.path.startsWith('/v4/'));
const iamRequests = () => fx.emulator.requests.filter((request) => request.path === '/v3/auth/tokens');

/** The emulator's own AK/SK check, run again over the request exactly as it was recorded. */
const verifyRecorded = (request: RecordedRequest) => verifyRecordedSignature(request, EMULATOR_CREDENTIALS);

function addIamProfile(dir: string, extra: string[] = [], password: string = PASSWORD) {
  return regnotify(
    ['profile', 'add', 'iam', '--platform', 'codearts', '--region', 'cn-north-4', '--server', fx.url, '--iam-endpoint', fx.url, '--username', USER, '--domain', DOMAIN, '--password-stdin', ...extra],
    { env: { REGNOTIFY_CONFIG_DIR: dir }, input: `${password}\n` },
  );
}

function tokenCache(dir: string): Record<string, { token: string; expires_at: string }> {
  return JSON.parse(readFileSync(join(dir, 'codearts-tokens.json'), 'utf8'));
}

/** Moves every cached token's expiry, e.g. into the past. */
function setCachedExpiry(dir: string, expiresAt: Date) {
  const cache = tokenCache(dir);
  for (const entry of Object.values(cache)) entry.expires_at = expiresAt.toISOString();
  writeFileSync(join(dir, 'codearts-tokens.json'), JSON.stringify(cache));
}

describe('CodeArts AK/SK signing', () => {
  it('signs every request with SDK-HMAC-SHA256 from REGNOTIFY_ACCESS_KEY/REGNOTIFY_SECRET_KEY, and the emulator accepts it', async () => {
    const result = await regnotify(STATUS, { env: { ...server(), REGNOTIFY_ACCESS_KEY: AK, REGNOTIFY_SECRET_KEY: SK } });
    expect(result).toMatchObject({ code: 0, stdout: ENABLED, stderr: '' });
    const [request] = fx.emulator.requests;
    expect(request.headers['x-auth-token']).toBeUndefined();
    expect(request.headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(request.headers.authorization).toMatch(new RegExp(`^SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=host;x-sdk-date, Signature=[0-9a-f]{64}$`));
    expect(verifyRecorded(request)).toEqual({ ok: true, accessKey: AK });
  });

  it('signs the content type and the exact body bytes of a PUT, query included', async () => {
    const result = await regnotify(['subscription', 'set', '123', '--type', 'qyweixin', '--webhook-url', 'https://bot.example.com/hook?key=a b', '--event', 'mr:open=creator'], {
      env: { ...server(), REGNOTIFY_ACCESS_KEY: AK, REGNOTIFY_SECRET_KEY: SK },
    });
    expect(result.code).toBe(0);
    const put = fx.emulator.requests.find((request) => request.method === 'PUT')!;
    expect(put.search).toBe('?type=qyweixin');
    expect(put.headers.authorization).toContain('SignedHeaders=content-type;host;x-sdk-date,');
    expect(verifyRecorded(put)).toEqual({ ok: true, accessKey: AK });
  });

  it('rejects a signed request whose body was tampered with after signing', async () => {
    await regnotify(['subscription', 'set', '123', '--type', 'email', '--enable'], { env: { ...server(), REGNOTIFY_ACCESS_KEY: AK, REGNOTIFY_SECRET_KEY: SK } });
    const put = fx.emulator.requests.find((request) => request.method === 'PUT')!;
    expect(verifyRecorded(put).ok).toBe(true);
    expect(verifyRecorded({ ...put, body: put.body.replace('"enabled":true', '"enabled":false') })).toEqual({ ok: false, reason: 'signature does not match' });
    expect(verifyRecorded({ ...put, search: '?type=email&extra=1' })).toEqual({ ok: false, reason: 'signature does not match' });
    expect(verifyRecorded({ ...put, headers: { ...put.headers, host: 'evil.example.com' } })).toEqual({ ok: false, reason: 'signature does not match' });
  });

  it('exits 4 on a wrong secret key with APIG.0301, sends it once and never prints the key', async () => {
    const result = await regnotify(STATUS, { env: { ...server(), REGNOTIFY_ACCESS_KEY: AK, REGNOTIFY_SECRET_KEY: 'not-the-secret-key' } });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr:
        'error: APIG.0301: Incorrect IAM authentication information: verify aksk signature fail (HTTP 401, request id 00000000000000000000000000000001)\n' +
        'hint: check the access key and secret key (REGNOTIFY_ACCESS_KEY/REGNOTIFY_SECRET_KEY); a rejected signature is not retried, as five in a row lock the key for 5 minutes\n',
    });
    expect(fx.emulator.requests).toHaveLength(1);
  });

  it('never prints the secret key or a webhook token, even with --verbose', async () => {
    const result = await regnotify(['subscription', 'set', '123', '--type', 'dingding', '--webhook-token-stdin', '--verbose'], {
      env: { ...server(), REGNOTIFY_ACCESS_KEY: AK, REGNOTIFY_SECRET_KEY: SK },
      input: 'ding-bot-token',
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('"token":"***"');
    for (const secret of [SK, 'ding-bot-token', Buffer.from('ding-bot-token').toString('base64')]) {
      expect(result.stdout + result.stderr).not.toContain(secret);
    }
  });

  it('reads HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK too', async () => {
    const result = await regnotify(STATUS, { env: { ...server(), HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK } });
    expect(result).toMatchObject({ code: 0, stdout: ENABLED });
    expect(fx.emulator.requests[0].headers.authorization).toContain(`Access=${AK},`);
  });

  it('sends and signs X-Security-Token for temporary keys', async () => {
    const keys = { HUAWEICLOUD_SDK_AK: CODEARTS_TEMPORARY_KEYS.accessKey, HUAWEICLOUD_SDK_SK: CODEARTS_TEMPORARY_KEYS.secretKey };
    const result = await regnotify(STATUS, { env: { ...server(), ...keys, HUAWEICLOUD_SDK_SECURITY_TOKEN: CODEARTS_TEMPORARY_KEYS.securityToken } });
    expect(result).toMatchObject({ code: 0, stdout: ENABLED });
    const [request] = fx.emulator.requests;
    expect(request.headers['x-security-token']).toBe(CODEARTS_TEMPORARY_KEYS.securityToken);
    expect(request.headers.authorization).toContain('SignedHeaders=host;x-sdk-date;x-security-token,');

    const withoutToken = await regnotify(STATUS, { env: { ...server(), ...keys } });
    expect(withoutToken.code).toBe(4);
  });

  it('prefers REGNOTIFY_TOKEN when the environment holds both a token and AK/SK', async () => {
    const result = await regnotify(STATUS, { env: { ...fx.env('codearts'), REGNOTIFY_ACCESS_KEY: AK, REGNOTIFY_SECRET_KEY: SK } });
    expect(result.code).toBe(0);
    expect(fx.emulator.requests[0].headers['x-auth-token']).toBe(EMULATOR_CREDENTIALS.codeartsToken);
    expect(fx.emulator.requests[0].headers.authorization).toBeUndefined();
  });

  it('refuses half a key pair before sending anything', async () => {
    const result = await regnotify(STATUS, { env: { ...server(), REGNOTIFY_ACCESS_KEY: AK } });
    expect(result).toMatchObject({
      code: 4,
      stderr: 'error: incomplete AK/SK credentials (REGNOTIFY_ACCESS_KEY is set but REGNOTIFY_SECRET_KEY is not)\nhint: set both REGNOTIFY_ACCESS_KEY and REGNOTIFY_SECRET_KEY, or unset REGNOTIFY_ACCESS_KEY\n',
    });
    expect(fx.emulator.requests).toHaveLength(0);
  });

  it('exits 4 without any credentials and sends nothing', async () => {
    const result = await regnotify(STATUS, { env: server() });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: no credentials for Huawei Cloud CodeArts Repo \(no profile, no REGNOTIFY_TOKEN and no REGNOTIFY_ACCESS_KEY\/REGNOTIFY_SECRET_KEY\)\nhint: /);
    expect(fx.emulator.requests).toHaveLength(0);
  });

  it('stores AK/SK in a profile (secret key from stdin) and signs with them; the environment still wins', async () => {
    const dir = tempConfigDir();
    const add = await regnotify(['profile', 'add', 'keys', '--platform', 'codearts', '--server', fx.url, '--access-key', AK, '--secret-key-stdin'], {
      env: { REGNOTIFY_CONFIG_DIR: dir },
      input: `${SK}\n`,
    });
    expect(add).toMatchObject({ code: 0, stderr: '✓ Saved profile keys (codearts, default)\n' });
    expect(statSync(join(dir, 'profiles.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles.keys).toEqual({ platform: 'codearts', server: fx.url, accessKey: AK, secretKey: SK });

    const signed = await regnotify(STATUS, { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(signed).toMatchObject({ code: 0, stdout: ENABLED });
    expect(verifyRecorded(fx.emulator.requests[0]).ok).toBe(true);

    const overridden = await regnotify(STATUS, { env: { REGNOTIFY_CONFIG_DIR: dir, REGNOTIFY_TOKEN: EMULATOR_CREDENTIALS.codeartsToken } });
    expect(overridden.code).toBe(0);
    expect(fx.emulator.requests[1].headers['x-auth-token']).toBe(EMULATOR_CREDENTIALS.codeartsToken);
    expect(fx.emulator.requests[1].headers.authorization).toBeUndefined();
  });

  it('uses a token stored with --token-stdin as X-Auth-Token', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'tok', '--platform', 'codearts', '--server', fx.url, '--token-stdin'], { env: { REGNOTIFY_CONFIG_DIR: dir }, input: EMULATOR_CREDENTIALS.codeartsToken });
    const result = await regnotify(STATUS, { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(result).toMatchObject({ code: 0, stdout: ENABLED });
    expect(fx.emulator.requests[0].headers['x-auth-token']).toBe(EMULATOR_CREDENTIALS.codeartsToken);
  });
});

describe('CodeArts IAM password sign-in', () => {
  it('exchanges the password for a token at profile add, caches it 0600 and stores no password', async () => {
    const dir = tempConfigDir();
    const add = await addIamProfile(dir);
    expect(add.code).toBe(0);
    expect(add.stderr).toMatch(/^✓ Signed in as codearts-user@codearts-domain \(token cached until \d{4}-\d\d-\d\dT[\d:.]+Z\)\n✓ Saved profile iam \(codearts, default\)\n$/);
    expect(iamRequests()).toHaveLength(1);
    expect(iamRequests()[0].json).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: USER, password: PASSWORD, domain: { name: DOMAIN } } } },
        scope: { project: { name: 'cn-north-4' } },
      },
    });
    expect(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles.iam).toEqual({
      platform: 'codearts',
      server: fx.url,
      region: 'cn-north-4',
      username: USER,
      domain: DOMAIN,
      iamEndpoint: fx.url,
    });
    expect(statSync(join(dir, 'codearts-tokens.json')).mode & 0o777).toBe(0o600);
    const [cached] = Object.values(tokenCache(dir));
    expect(cached.token).toMatch(/^MII/);

    const status = await regnotify(STATUS, { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(status).toMatchObject({ code: 0, stdout: ENABLED, stderr: '' });
    expect(apiRequests()[0].headers['x-auth-token']).toBe(cached.token);
    expect(iamRequests()).toHaveLength(1);
  });

  it('exits 4 with the IAM message on a wrong password and saves no profile', async () => {
    const dir = tempConfigDir();
    const add = await addIamProfile(dir, [], 'not-the-password');
    expect(add).toMatchObject({
      code: 4,
      stderr: 'error: IAM: The username or password is wrong. (HTTP 401, request id 00000000000000000000000000000001)\nhint: check the user name (codearts-user), the domain (codearts-domain) and the password\n',
    });
    const list = await regnotify(['profile', 'list', '--json'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  it('renews a token about to expire with the saved password, and keeps the password only with --save-password', async () => {
    const dir = tempConfigDir();
    await addIamProfile(dir, ['--save-password']);
    expect(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles.iam.password).toBe(PASSWORD);
    const [first] = Object.values(tokenCache(dir));
    setCachedExpiry(dir, new Date(Date.now() + 2 * 60 * 1000));

    const status = await regnotify(STATUS, { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(status).toMatchObject({ code: 0, stdout: ENABLED, stderr: '' });
    expect(iamRequests()).toHaveLength(2);
    const [renewed] = Object.values(tokenCache(dir));
    expect(renewed.token).not.toBe(first.token);
    expect(apiRequests()[0].headers['x-auth-token']).toBe(renewed.token);
  });

  it('asks for `profile login` when the token expired and no password is saved, sending nothing to the API', async () => {
    const dir = tempConfigDir();
    await addIamProfile(dir);
    setCachedExpiry(dir, new Date(Date.now() - 1000));
    const status = await regnotify(STATUS, { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(status).toMatchObject({
      code: 4,
      stdout: '',
      stderr: 'error: the IAM token of profile "iam" has expired or was never obtained (the password is not saved)\nhint: sign in again with: regnotify profile login iam\n',
    });
    expect(apiRequests()).toHaveLength(0);
    expect(iamRequests()).toHaveLength(1);

    const login = await regnotify(['profile', 'login', 'iam', '--password-stdin'], { env: { REGNOTIFY_CONFIG_DIR: dir }, input: PASSWORD });
    expect(login.code).toBe(0);
    expect(login.stderr).toMatch(/^✓ Signed in as codearts-user@codearts-domain \(token cached until .+\)\n$/);
    const again = await regnotify(STATUS, { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(again).toMatchObject({ code: 0, stdout: ENABLED });
  });

  it('profile login refuses to ask without a terminal when no password is saved or piped', async () => {
    const dir = tempConfigDir();
    await addIamProfile(dir);
    const login = await regnotify(['profile', 'login', 'iam'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(login).toMatchObject({
      code: 2,
      stderr: 'error: signing in as codearts-user@codearts-domain needs a password (not running in a terminal)\nhint: pipe it in with --password-stdin, e.g. --password-stdin < password.txt\n',
    });
    expect(iamRequests()).toHaveLength(1);
  });

  it('profile login refuses a profile that does not sign in with a password', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'tok', '--platform', 'codearts', '--server', fx.url, '--token-stdin'], { env: { REGNOTIFY_CONFIG_DIR: dir }, input: 'some-token' });
    const login = await regnotify(['profile', 'login', 'tok'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(login).toMatchObject({ code: 2, stderr: 'error: profile "tok" does not sign in with a password (only codearts profiles added with --username do)\n' });
  });

  it('renews an expired token once for many parallel runs', async () => {
    const dir = tempConfigDir();
    await addIamProfile(dir, ['--save-password']);
    setCachedExpiry(dir, new Date(Date.now() - 1000));
    fx.emulator.clearRequests();
    const results = await Promise.all(Array.from({ length: 6 }, () => regnotify(STATUS, { env: { REGNOTIFY_CONFIG_DIR: dir } })));
    for (const result of results) expect(result).toMatchObject({ code: 0, stdout: ENABLED, stderr: '' });
    expect(iamRequests()).toHaveLength(1);
    const [renewed] = Object.values(tokenCache(dir));
    expect(apiRequests().map((request) => request.headers['x-auth-token'])).toEqual(Array(6).fill(renewed.token));
    expect(apiRequests().every((request) => request.path === STATUS_PATH)).toBe(true);
  });

  it('never prints the password or the IAM token, even with --verbose', async () => {
    const dir = tempConfigDir();
    const add = await addIamProfile(dir, ['--verbose']);
    expect(add.code).toBe(0);
    expect(add.stderr).toContain(`> POST ${fx.url}/v3/auth/tokens\n`);
    const [cached] = Object.values(tokenCache(dir));
    const status = await regnotify([...STATUS, '--verbose'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(status.stderr).toContain(`> GET ${fx.url}${STATUS_PATH}\n`);
    for (const output of [add.stdout, add.stderr, status.stdout, status.stderr]) {
      expect(output).not.toContain(PASSWORD);
      expect(output).not.toContain(cached.token);
    }
  });

  const refusals: Array<[string, string[], string]> = [
    [
      'a password without --domain',
      ['--region', 'cn-north-4', '--username', USER, '--password-stdin'],
      'error: signing in with a password needs --domain\nhint: e.g. --region cn-north-4 --username USER --domain ACCOUNT --password-stdin < password.txt\n',
    ],
    [
      'a password without --region',
      ['--username', USER, '--domain', DOMAIN, '--password-stdin'],
      'error: signing in with a password needs --region\nhint: e.g. --region cn-north-4 --username USER --domain ACCOUNT --password-stdin < password.txt\n',
    ],
    ['a token and a password', ['--token-stdin', '--username', USER, '--password-stdin'], 'error: choose one way to authenticate (--token-stdin and --username/--password-stdin were both given)\n'],
    ['--save-password without a password', ['--token-stdin', '--save-password'], 'error: --save-password only applies when signing in with --username and --password-stdin\n'],
    ['--access-key without --secret-key-stdin', ['--access-key', AK], 'error: --access-key needs --secret-key-stdin (the secret key is never a flag value)\nhint: e.g. --secret-key-stdin < sk.txt\n'],
    ['an unknown region without --server', ['--region', 'xx-nowhere-9', '--token-stdin'], ''],
  ];
  for (const [what, flags, stderr] of refusals) {
    it(`profile add refuses ${what} with exit 2, sending nothing and saving nothing`, async () => {
      const dir = tempConfigDir();
      const serverFlags = what.includes('region without --server') ? [] : ['--server', fx.url];
      const result = await regnotify(['profile', 'add', 'p', '--platform', 'codearts', ...serverFlags, ...flags], { env: { REGNOTIFY_CONFIG_DIR: dir }, input: 'secret\n' });
      expect(result.code).toBe(2);
      if (stderr) expect(result.stderr).toBe(stderr);
      else expect(result.stderr).toMatch(/^error: unknown CodeArts region "xx-nowhere-9"/);
      expect(fx.emulator.requests).toHaveLength(0);
      const list = await regnotify(['profile', 'list', '--json'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
      expect(JSON.parse(list.stdout)).toEqual([]);
    });
  }
});
