// A server URL pasted with the API path already on it (…/api/v1, …/v1, …/v4) used to double the path,
// be answered 404 and reported as "not found". It is the server's address with the path on it: take the path off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();

function storedServer(dir: string, name: string): unknown {
  return JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles[name].server;
}

describe('a server URL that ends in the API path', () => {
  it.each([
    ['quay', 'https://quay.example.com/api/v1', 'https://quay.example.com', '/api/v1'],
    ['quay', 'https://example.com/quay/api/v1/', 'https://example.com/quay', '/api/v1'],
    ['alauda', 'https://api.alauda.cn/v1', 'https://api.alauda.cn', '/v1'],
    ['codearts', 'https://codehub-ext.cn-north-4.myhuaweicloud.com/v4', 'https://codehub-ext.cn-north-4.myhuaweicloud.com', '/v4'],
  ])('profile add --platform %s --server %s stores the server without it, and says so', async (platform, given, stored, prefix) => {
    const dir = tempConfigDir();
    const result = await regnotify(['profile', 'add', 'p', '--platform', platform, '--server', given, '--token-stdin'], {
      env: { REGNOTIFY_CONFIG_DIR: dir },
      input: 'token-value-1234\n',
    });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe(
      `--server: ${given} ends in the API path ${prefix}, which regnotify adds itself; using ${stored}\n✓ Saved profile p (${platform}, default)\n`,
    );
    expect(storedServer(dir, 'p')).toBe(stored);
  });

  it('REGNOTIFY_SERVER with /api/v1 reaches /api/v1/... once (it was /api/v1/api/v1/..., 404, exit 3)', async () => {
    const result = await regnotify(['repo', 'get', 'acme/app', '-q'], { env: { ...fx.env('quay'), REGNOTIFY_SERVER: `${fx.url}/api/v1` } });
    expect(result).toMatchObject({ code: 0, stdout: 'acme/app\n' });
    expect(result.stderr).toBe(`REGNOTIFY_SERVER: ${fx.url}/api/v1 ends in the API path /api/v1, which regnotify adds itself; using ${fx.url}\n`);
    expect(fx.emulator.requests.map((request) => request.path)).toEqual(['/api/v1/repository/acme/app']);
  });

  it('--server with /v1/ for Alauda reaches /v1/hooks once', async () => {
    const result = await regnotify(['hook', 'list', '-q', '--server', `${fx.url}/v1/`], { env: fx.env('alauda') });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`--server: ${fx.url}/v1/ ends in the API path /v1, which regnotify adds itself; using ${fx.url}\n`);
    expect(fx.emulator.requests.map((request) => request.path)).toEqual(['/v1/hooks']);
  });

  it.each([
    ['https://quay.example.com/?page=2', 'a query (?...)'],
    ['https://quay.example.com/api/v1#repos', 'a fragment (#...)'],
  ])('refuses %s as a base URL with exit 2, sending nothing', async (given, part) => {
    const result = await regnotify(['repo', 'get', 'acme/app', '--server', given], { env: fx.env('quay') });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `error: --server: "${given}" is not a base URL (it has ${part}; expected the server's address, e.g. https://quay.example.com)\n`,
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('profile add refuses a server URL with a query, storing nothing', async () => {
    const dir = tempConfigDir();
    const result = await regnotify(['profile', 'add', 'p', '--platform', 'alauda', '--server', 'https://api.alauda.cn/?x=1'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(result).toMatchObject({
      code: 2,
      stderr: `error: --server: "https://api.alauda.cn/?x=1" is not a base URL (it has a query (?...); expected the server's address, e.g. https://api.alauda.cn)\n`,
    });
    expect(() => readFileSync(join(dir, 'profiles.json'))).toThrow();
  });
});
