// X-Project-Id: Huawei's SDKs send it with AK/SK credentials, configured (HUAWEICLOUD_SDK_PROJECT_ID, a profile)
// or looked up through IAM by region (huaweicloud-sdk-python-v3 huaweicloudsdkcore/auth/credentials.py); the gateway
// accepts a call without it and refuses one that names another project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODEARTS_PROJECT_ID, verifyRecordedSignature } from '../../src/emulator/codearts/index.js';
import type { RecordedRequest } from '../../src/emulator/server.js';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const { codeartsAccessKey: AK, codeartsSecretKey: SK, codeartsToken: TOKEN } = EMULATOR_CREDENTIALS;
const STATUS = ['subscription', 'status', '123', '-q'];
const STATUS_PATH = '/v4/repositories/123/notification-subscriptions/status';
const ENABLED = 'internal_message\nqyweixin\n';
const keys = () => ({ REGNOTIFY_SERVER: fx.url, REGNOTIFY_ACCESS_KEY: AK, REGNOTIFY_SECRET_KEY: SK });

/** The emulator's own AK/SK check, run again over the request exactly as it was recorded. */
const verifyRecorded = (request: RecordedRequest) => verifyRecordedSignature(request, EMULATOR_CREDENTIALS);

describe('X-Project-Id', () => {
  it('sends HUAWEICLOUD_SDK_PROJECT_ID with AK/SK, signed like every header the SDK sends', async () => {
    const result = await regnotify(STATUS, { env: { ...keys(), HUAWEICLOUD_SDK_PROJECT_ID: CODEARTS_PROJECT_ID } });
    expect(result).toMatchObject({ code: 0, stdout: ENABLED, stderr: '' });
    expect(fx.emulator.requests.map((request) => request.path)).toEqual([STATUS_PATH]);
    const [request] = fx.emulator.requests;
    expect(request.headers['x-project-id']).toBe(CODEARTS_PROJECT_ID);
    expect(request.headers.authorization).toMatch(/ SignedHeaders=host;x-project-id;x-sdk-date, /);
    expect(verifyRecorded(request)).toEqual({ ok: true, accessKey: AK });
  });

  it('sends none when it is neither configured nor can be looked up (no region), and the gateway accepts that', async () => {
    const result = await regnotify(STATUS, { env: keys() });
    expect(result).toMatchObject({ code: 0, stdout: ENABLED });
    expect(fx.emulator.requests[0].headers['x-project-id']).toBeUndefined();
  });

  it("exits 4 with the gateway's APIG.0301 when the project id is not the account's", async () => {
    const result = await regnotify(STATUS, { env: { ...keys(), HUAWEICLOUD_SDK_PROJECT_ID: 'ffffffffffffffffffffffffffffffff' } });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(
      /^error: APIG\.0301: Incorrect IAM authentication information: project ffffffffffffffffffffffffffffffff is not a project of this account \(HTTP 401, request id 0+1\)\n/,
    );
  });

  it('looks the project id up through IAM (GET /v3/projects?name=<region>, signed) once, then reads it from the cache', async () => {
    const dir = tempConfigDir();
    const add = await regnotify(['profile', 'add', 'keys', '--platform', 'codearts', '--region', 'cn-north-4', '--server', fx.url, '--access-key', AK, '--secret-key-stdin'], {
      env: { REGNOTIFY_CONFIG_DIR: dir },
      input: `${SK}\n`,
    });
    expect(add.code).toBe(0);
    const env = { REGNOTIFY_CONFIG_DIR: dir, HUAWEICLOUD_SDK_IAM_ENDPOINT: fx.url };
    const first = await regnotify(STATUS, { env });
    expect(first).toMatchObject({ code: 0, stdout: ENABLED, stderr: '' });
    expect(fx.emulator.requests.map((request) => [request.method, request.path, request.search])).toEqual([
      ['GET', '/v3/projects', '?name=cn-north-4'],
      ['GET', STATUS_PATH, ''],
    ]);
    const [lookup, call] = fx.emulator.requests;
    expect(lookup.headers['x-project-id']).toBeUndefined();
    expect(verifyRecorded(lookup)).toEqual({ ok: true, accessKey: AK });
    expect(call.headers['x-project-id']).toBe(CODEARTS_PROJECT_ID);
    const cache = readFileSync(join(dir, 'codearts-projects.json'), 'utf8');
    expect(Object.values(JSON.parse(cache))).toEqual([CODEARTS_PROJECT_ID]);
    expect(cache).not.toContain(AK);

    const second = await regnotify(STATUS, { env });
    expect(second).toMatchObject({ code: 0, stdout: ENABLED });
    expect(fx.emulator.requests.map((request) => request.path)).toEqual(['/v3/projects', STATUS_PATH, STATUS_PATH]);
  });

  it('stores --project-id in the profile and sends it with a token too; the environment beats it', async () => {
    const dir = tempConfigDir();
    const add = await regnotify(['profile', 'add', 'tok', '--platform', 'codearts', '--server', fx.url, '--project-id', CODEARTS_PROJECT_ID, '--token-stdin'], {
      env: { REGNOTIFY_CONFIG_DIR: dir },
      input: TOKEN,
    });
    expect(add.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles.tok).toMatchObject({ projectId: CODEARTS_PROJECT_ID });
    const result = await regnotify(STATUS, { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(result).toMatchObject({ code: 0, stdout: ENABLED });
    expect(fx.emulator.requests[0].headers['x-project-id']).toBe(CODEARTS_PROJECT_ID);
    const overridden = await regnotify(STATUS, { env: { REGNOTIFY_CONFIG_DIR: dir, HUAWEICLOUD_SDK_PROJECT_ID: 'ffffffffffffffffffffffffffffffff' } });
    expect(overridden.code).toBe(4);
  });

  it('refuses --project-id for another platform, and a project id that cannot be a header value, with exit 2', async () => {
    const dir = tempConfigDir();
    const quay = await regnotify(['profile', 'add', 'q', '--platform', 'quay', '--project-id', CODEARTS_PROJECT_ID], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(quay).toMatchObject({ code: 2, stderr: 'error: --project-id does not apply to quay profiles\n' });
    const bad = await regnotify(['profile', 'add', 'c', '--platform', 'codearts', '--server', fx.url, '--project-id', 'a b'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(bad).toMatchObject({
      code: 2,
      stderr: 'error: --project-id: invalid project id "a b" (allowed: 1 to 64 letters, digits, "_" and "-", e.g. 0b8e4c1a2f3d4e5f60718293a4b5c6d7)\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('lists HUAWEICLOUD_SDK_PROJECT_ID in help environment', async () => {
    const result = await regnotify(['help', 'environment']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/HUAWEICLOUD_SDK_PROJECT_ID\s+CodeArts IAM project id sent as X-Project-Id/);
  });
});
