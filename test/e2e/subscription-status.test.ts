import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string> = {}) => regnotify(['subscription', 'status', ...args], { env: { ...fx.env('codearts'), ...env } });

const STATUS_PATH = '/v4/repositories/123/notification-subscriptions/status';
const SEED_STATUS = {
  internal_message: { config_source: 'repo', enabled: true },
  email: { config_source: 'repo', enabled: false },
  qyweixin: { config_source: 'repo', enabled: true },
  feishu: { config_source: 'repo', enabled: false },
  dingding: { config_source: 'product', enabled: false },
};

describe('subscription status', () => {
  it('sends GET .../status with X-Auth-Token and prints one row per channel', async () => {
    const result = await run(['123']);
    expect(result).toMatchObject({
      code: 0,
      stdout: 'internal_message\tyes\trepo\nemail\tno\trepo\nqyweixin\tyes\trepo\nfeishu\tno\trepo\ndingding\tno\tproduct\n',
      stderr: '',
    });
    expect(fx.emulator.requests).toHaveLength(1);
    expect(fx.emulator.requests[0]).toMatchObject({ method: 'GET', path: STATUS_PATH, search: '', body: '' });
    expect(fx.emulator.requests[0].headers['x-auth-token']).toBe(EMULATOR_CREDENTIALS.codeartsToken);
  });

  it('prints the platform object as returned with --json', async () => {
    const result = await run(['123', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(SEED_STATUS);
  });

  it('prints the same object as YAML with -o yaml', async () => {
    const result = await run(['123', '-o', 'yaml']);
    expect(result.stdout).toBe(
      'internal_message:\n  config_source: repo\n  enabled: true\nemail:\n  config_source: repo\n  enabled: false\nqyweixin:\n  config_source: repo\n  enabled: true\nfeishu:\n  config_source: repo\n  enabled: false\ndingding:\n  config_source: product\n  enabled: false\n',
    );
  });

  it('prints only the enabled channels with -q', async () => {
    const result = await run(['123', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: 'internal_message\nqyweixin\n', stderr: '' });
  });

  it('shows the status after a set changed it', async () => {
    await regnotify(['subscription', 'set', '123', '--type', 'email', '--enable', '--config-source', 'product'], { env: fx.env('codearts') });
    const result = await run(['123', '--json']);
    expect(JSON.parse(result.stdout).email).toEqual({ config_source: 'product', enabled: true });
  });

  it('resolves group/repo through /v4/user/repositories before asking for the status', async () => {
    const result = await run(['codearts-team/notifications', '-q']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests.map((request) => [request.method, request.path, request.query])).toEqual([
      ['GET', '/v4/user/repositories', { search: 'notifications', offset: '0', limit: '100' }],
      ['GET', '/v4/repositories/2111978605/notification-subscriptions/status', {}],
    ]);
  });

  it('resolves a repository by the spaced name_with_namespace too', async () => {
    const result = await run(['demo-group / demo-repo', '-q']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests[1].path).toBe(STATUS_PATH);
  });

  // The list returns namespace and path but no path_with_namespace (RepositorySimplestDto), and a display
  // name may differ from the path: both spellings find the repository, by the path first.
  it('resolves group/path of a repository whose display name differs from its path', async () => {
    const result = await run(['platform/payments-api', '-q']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests.map((request) => [request.method, request.path, request.query])).toEqual([
      ['GET', '/v4/user/repositories', { search: 'payments-api', offset: '0', limit: '100' }],
      ['GET', '/v4/repositories/5001/notification-subscriptions/status', {}],
    ]);
  });

  it('resolves the displayed "Group / Name" of that repository too', async () => {
    const result = await run(['Platform Team / Payments API', '-q']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests.map((request) => [request.path, request.query])).toEqual([
      ['/v4/user/repositories', { search: 'Payments API', offset: '0', limit: '100' }],
      ['/v4/repositories/5001/notification-subscriptions/status', {}],
    ]);
  });

  it('refuses a bare name that two groups share, naming both', async () => {
    const result = await run(['shared']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: repository "shared" is ambiguous (matches group-a/shared (4001), group-b/shared (4002))\nhint: name it as group/repo, or by its numeric id\n',
    });
    expect(fx.emulator.requests.map((request) => request.path)).toEqual(['/v4/user/repositories']);
  });

  it('picks the one of two same-named repositories its group names', async () => {
    const result = await run(['group-b/shared', '-q']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests[1].path).toBe('/v4/repositories/4002/notification-subscriptions/status');
  });

  it('exits 3 when no repository has that path', async () => {
    const result = await run(['nobody/nothing']);
    expect(result).toMatchObject({
      code: 3,
      stdout: '',
      stderr: 'error: no repository "nobody/nothing" among the repositories you can see\nhint: name it as group/repo exactly as CodeArts shows it, or by its numeric id\n',
    });
    expect(fx.emulator.requests).toHaveLength(1);
  });

  it('exits 3 with the CodeArts error code, message and request id for an unknown repository id', async () => {
    const result = await run(['999']);
    expect(result).toMatchObject({
      code: 3,
      stdout: '',
      stderr: 'error: CH.00402000: 该仓库不存在,请检查后重试。 (HTTP 404, request id 00000000000000000000000000000001)\n',
    });
  });

  for (const id of ['0', '2147483648', '-5']) {
    it(`refuses repository id ${id} before sending anything`, async () => {
      const result = await run([id]);
      expect(result).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `error: invalid repository id "${id}" (allowed: 1..2147483647, or a group/repo path)\n`,
      });
      expect(fx.emulator.requests).toHaveLength(0);
    });
  }

  it('accepts the largest repository id', async () => {
    const result = await run(['2147483647']);
    expect(result.code).toBe(3);
    expect(fx.emulator.requests[0].path).toBe('/v4/repositories/2147483647/notification-subscriptions/status');
  });
});
