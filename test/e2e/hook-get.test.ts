import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string> = {}) => regnotify(['hook', 'get', ...args], { env: { ...fx.env('alauda'), ...env } });

const HOOK_4 = {
  id: 4,
  subject: 'alaudauser/docker_images_test',
  subject_type: 'build_repo',
  events: ['build:complete'],
  name: 'test hook',
  secret: '123456',
  url: 'http://example.com:8080/v1/builds',
  is_active: true,
  created_by: 'alaudauser',
  created_at: '2015-08-27T09:53:43.563Z',
  updated_at: '2015-08-27T09:53:43.566Z',
};

const TABLE = (secret: string) =>
  [
    'id\t4',
    'name\ttest hook',
    'subject type\tbuild_repo',
    'subject\talaudauser/docker_images_test',
    'events\tbuild:complete',
    'url\thttp://example.com:8080/v1/builds',
    'active\tyes',
    `secret\t${secret}`,
    'created by\talaudauser',
    'created at\t2015-08-27T09:53:43.563Z',
    'updated at\t2015-08-27T09:53:43.566Z',
    '',
  ].join('\n');

const YAML = (secret: string) =>
  [
    'id: 4',
    'subject: alaudauser/docker_images_test',
    'subject_type: build_repo',
    'events:',
    '  - build:complete',
    'name: test hook',
    `secret: ${secret}`,
    'url: http://example.com:8080/v1/builds',
    'is_active: true',
    'created_by: alaudauser',
    'created_at: 2015-08-27T09:53:43.563Z',
    'updated_at: 2015-08-27T09:53:43.566Z',
    '',
  ].join('\n');

describe('hook get', () => {
  it('sends GET /v1/hooks/<id> with Token auth and prints the hook as key/value rows, secret masked', async () => {
    const result = await run(['4']);
    expect(result).toMatchObject({ code: 0, stdout: TABLE('***'), stderr: '' });
    expect(fx.emulator.requests).toHaveLength(1);
    expect(fx.emulator.requests[0]).toMatchObject({ method: 'GET', path: '/v1/hooks/4', search: '', body: '' });
    expect(fx.emulator.requests[0].headers.authorization).toBe(`Token ${EMULATOR_CREDENTIALS.alaudaToken}`);
  });

  it('masks the secret in json and yaml', async () => {
    const json = await run(['4', '--json']);
    expect(json.stdout).toBe(`${JSON.stringify({ ...HOOK_4, secret: '***' }, null, 2)}\n`);
    const yaml = await run(['4', '-o', 'yaml']);
    expect(yaml.stdout).toBe(YAML('"***"'));
  });

  it('shows the secret with --show-secrets in table, json and yaml', async () => {
    const table = await run(['4', '--show-secrets']);
    expect(table.stdout).toBe(TABLE('123456'));
    const json = await run(['4', '--json', '--show-secrets']);
    expect(JSON.parse(json.stdout)).toEqual(HOOK_4);
    const yaml = await run(['4', '-o', 'yaml', '--show-secrets']);
    expect(yaml.stdout).toBe(YAML('"123456"'));
  });

  it('prints only the id with -q', async () => {
    const result = await run(['6', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: '6\n', stderr: '' });
  });

  it('exits 3 naming the hook when it does not exist', async () => {
    const result = await run(['99']);
    expect(result).toMatchObject({ code: 3, stdout: '', stderr: 'error: hook 99: Not found. (HTTP 404)\nhint: list hooks with: regnotify hook list\n' });
  });

  it('exits 4 with a hint when the token is refused', async () => {
    const result = await run(['4'], { REGNOTIFY_TOKEN: 'ffffffffffffffffffffffffffffffffffffffff' });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr: 'error: Invalid token. (HTTP 401)\nhint: check the Alauda API token (REGNOTIFY_TOKEN or the profile\'s token)\n',
    });
  });

  it.each(['0', '-1', 'abc', '4.5', '04', ''])('refuses the hook id %j before sending anything (exit 2)', async (id) => {
    const result = await run(['--', id]);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: `error: invalid hook id ${JSON.stringify(id)} (expected a positive whole number, e.g. 4)\n` });
    expect(fx.emulator.requests).toEqual([]);
  });
});
