import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string | undefined> = {}) => regnotify(args, { env: { ...fx.env('quay'), ...env } });
const TOKEN_HINT = "hint: check the Quay OAuth token (REGNOTIFY_TOKEN or the profile's token) and its scopes (repo:admin for notifications)\n";

describe('Quay error shapes', () => {
  it("shows the first line of a problem JSON's detail", async () => {
    fx.emulator.inject({
      path: '/api/v1/repository',
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        type: `${fx.url}/api/v1/error/invalid_request`,
        title: 'invalid_request',
        status: 400,
        detail: "'visibility' is a required property\n\nFailed validating 'required' in schema",
        error_message: "'visibility' is a required property\n\nFailed validating 'required' in schema",
        error_type: 'invalid_request',
      }),
    });
    const result = await run(['repo', 'create', 'app']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: "error: 'visibility' is a required property (HTTP 400)\n" });
  });

  it("shows flask's {message} shape", async () => {
    fx.emulator.inject({
      path: '/api/v1/repository/acme/app',
      status: 503,
      contentType: 'application/json',
      body: '{"message": "System is currently read-only. Pulls will succeed but all write operations are currently suspended.", "is_readonly": true}',
    });
    const result = await run(['repo', 'get', 'acme/app', '--retries', '0']);
    expect(result).toMatchObject({
      code: 1,
      stderr: 'error: System is currently read-only. Pulls will succeed but all write operations are currently suspended. (HTTP 503)\n',
    });
  });

  it("shows the {error} shape: Quay's CSRF 403 for a bad token on a write is exit 4 with a token hint", async () => {
    const result = await run(['repo', 'update', 'acme/app', '--description', 'x'], { REGNOTIFY_TOKEN: 'revoked-token' });
    expect(result).toMatchObject({ code: 4, stdout: '', stderr: `error: CSRF token was invalid or missing. (HTTP 403)\n${TOKEN_HINT}` });
    expect(fx.emulator.requests[0].headers.authorization).toBe('Bearer revoked-token');
  });

  it('gives the CSRF 403 for notification writes too', async () => {
    const result = await run(['notification', 'delete', 'acme/app', '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01', '--yes'], { REGNOTIFY_TOKEN: 'revoked-token' });
    expect(result).toMatchObject({ code: 4, stderr: `error: CSRF token was invalid or missing. (HTTP 403)\n${TOKEN_HINT}` });
  });

  it('names the status and content type of an nginx HTML page', async () => {
    fx.emulator.inject({ path: '/api/v1/repository/acme/app/notification/', status: 502, html: true });
    const result = await run(['notification', 'list', 'acme/app', '--retries', '0']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'error: unexpected response from server (HTTP 502, text/html)\n' });
  });

  it('retries a 502 on a read and succeeds', async () => {
    fx.emulator.inject({ path: '/api/v1/repository/acme/app/notification/', status: 502, html: true, times: 1 });
    const result = await run(['notification', 'list', 'acme/app', '-q']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests).toHaveLength(2);
  });

  it('backs off and retries a 429 from nginx without Retry-After, then succeeds', async () => {
    fx.emulator.inject({ path: '/api/v1/repository', status: 429, html: true, times: 2 });
    const result = await run(['repo', 'list', '--namespace', 'acme', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: 'acme/app\nacme/website\n', stderr: '' });
    expect(fx.emulator.requests.map((request) => request.search)).toEqual(['?namespace=acme', '?namespace=acme', '?namespace=acme']);
  });

  it('retries a 429 on notification create too (the server refused it, so nothing was created)', async () => {
    fx.emulator.inject({ method: 'POST', path: '/api/v1/repository/acme/app/notification/', status: 429, html: true, times: 1 });
    const result = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://a.example.com/', '-q']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests.map((request) => request.method)).toEqual(['GET', 'POST', 'POST']);
  });

  it('exits 1 after the retries when 429s continue', async () => {
    fx.emulator.inject({ path: '/api/v1/repository', status: 429, html: true });
    const result = await run(['repo', 'list', '--namespace', 'acme', '--retries', '1']);
    expect(result).toMatchObject({ code: 1, stderr: 'error: unexpected response from server (HTTP 429, text/html)\n' });
    expect(fx.emulator.requests).toHaveLength(2);
  });
});

describe('Quay authentication failures', () => {
  it("exits 4 with a hint when a bad token reads a private repository (Quay's 401 invalid_token)", async () => {
    const result = await run(['repo', 'get', 'acme/app'], { REGNOTIFY_TOKEN: 'revoked-token' });
    expect(result).toMatchObject({ code: 4, stderr: `error: Requires authentication (HTTP 401)\n${TOKEN_HINT}` });
  });

  it('exits 4 on notification list with a bad token', async () => {
    const result = await run(['notification', 'list', 'acme/app'], { REGNOTIFY_TOKEN: 'revoked-token' });
    expect(result).toMatchObject({ code: 4, stderr: `error: Requires authentication (HTTP 401)\n${TOKEN_HINT}` });
  });

  it('exits 4, printing no list, when a bad token lists a namespace (Quay answers it with an empty list)', async () => {
    const result = await run(['repo', 'list', '--namespace', 'acme', '--json'], { REGNOTIFY_TOKEN: 'revoked-token' });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr:
        "error: the Quay token is not valid: the list came back empty, and GET /user/ answered Requires authentication (HTTP 401)\nhint: check the Quay OAuth token (REGNOTIFY_TOKEN or the profile's token): it may be mistyped, expired or revoked, or lack the user:read scope this check needs\n",
    });
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}${request.search}`)).toEqual(['GET /api/v1/repository?namespace=acme', 'GET /api/v1/user/']);
  });

  it('exits 4 with insufficient_scope when the repository belongs to an organization you are not in', async () => {
    const result = await run(['notification', 'list', 'globex/tools']);
    expect(result).toMatchObject({ code: 4, stderr: `error: Unauthorized (HTTP 403)\n${TOKEN_HINT}` });
  });

  it("explains Quay's 403 for a repository you may not see (or that does not exist)", async () => {
    const result = await run(['repo', 'get', 'globex/secret-sauce']);
    expect(result).toMatchObject({
      code: 4,
      stderr:
        'error: Unauthorized (HTTP 403)\nhint: Quay answers 403 both for a repository the token may not see and for one that does not exist: check the name, then the token and its scopes\n',
    });
  });

  it('exits 4 before sending anything without credentials', async () => {
    const result = await run(['repo', 'list', '--namespace', 'acme'], { REGNOTIFY_TOKEN: undefined });
    expect(result).toMatchObject({
      code: 4,
      stderr:
        'error: no credentials for Red Hat Quay (no profile and no REGNOTIFY_TOKEN)\nhint: set REGNOTIFY_TOKEN, or store one with: regnotify profile add NAME --platform quay --server URL --token-stdin\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });
});
