// Failures that used to look like success: Quay answers an invalid token's list with [] (it runs the token as
// anonymous), and the notification list of a repository that does not exist with [] too.
import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const quay = (args: string[], env: Record<string, string> = {}) => regnotify(args, { env: { ...fx.env('quay'), ...env } });
const wire = () => fx.emulator.requests.map((request) => `${request.method} ${request.path}${request.search}`);
const INVALID = `error: the Quay token is not valid: the list came back empty, and GET /user/ answered Requires authentication (HTTP 401)
hint: check the Quay OAuth token (REGNOTIFY_TOKEN or the profile's token): it may be mistyped, expired or revoked, or lack the user:read scope this check needs
`;

describe('an empty Quay list is checked against the token', () => {
  it('repo list with a wrong token: exit 4, no list printed', async () => {
    const result = await quay(['repo', 'list', '--namespace', 'acme'], { REGNOTIFY_TOKEN: 'wrong-token-value' });
    expect(result).toEqual({ code: 4, signal: null, stdout: '', stderr: INVALID });
    expect(wire()).toEqual(['GET /api/v1/repository?namespace=acme', 'GET /api/v1/user/']);
    expect(fx.emulator.requests.map((request) => request.headers.authorization)).toEqual(['Bearer wrong-token-value', 'Bearer wrong-token-value']);
  });

  it('an empty namespace with a good token is an empty list, exit 0, after one check', async () => {
    const result = await quay(['repo', 'list', '--namespace', 'nobody', '--json']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '[]\n', stderr: '' });
    expect(wire()).toEqual(['GET /api/v1/repository?namespace=nobody', 'GET /api/v1/user/']);
  });

  it('a list with rows costs no check', async () => {
    const result = await quay(['repo', 'list', '--namespace', 'acme', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: 'acme/app\nacme/website\n' });
    expect(wire()).toEqual(['GET /api/v1/repository?namespace=acme']);
  });

  it('export --namespace with a wrong token: exit 4, no file written', async () => {
    const result = await quay(['export', '--platform', 'quay', '--namespace', 'acme'], { REGNOTIFY_TOKEN: 'wrong-token-value' });
    expect(result).toMatchObject({ code: 4, stdout: '', stderr: INVALID });
    expect(wire()).toEqual(['GET /api/v1/repository?namespace=acme', 'GET /api/v1/user/']);
  });
});

describe('notification list of a repository that does not exist: exit 3, like create', () => {
  it('Quay lists nothing for it, so the repository is read to tell', async () => {
    const result = await quay(['notification', 'list', 'acme/nope', '--json']);
    expect(result).toEqual({ code: 3, signal: null, stdout: '', stderr: 'error: repository acme/nope not found (HTTP 404)\n' });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/nope/notification/', 'GET /api/v1/repository/acme/nope?includeTags=false']);
    const create = await quay(['notification', 'create', 'acme/nope', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://ci.example.com/hook']);
    expect(create.code).toBe(3);
  });

  it('a repository without notifications is an empty list, exit 0', async () => {
    const result = await quay(['notification', 'list', 'acme/website', '--json']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '[]\n', stderr: '' });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/website/notification/', 'GET /api/v1/repository/acme/website?includeTags=false']);
  });

  it('a list with rows costs no read', async () => {
    expect((await quay(['notification', 'list', 'acme/app', '-q'])).code).toBe(0);
    expect(wire()).toEqual(['GET /api/v1/repository/acme/app/notification/']);
  });
});
