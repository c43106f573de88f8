// The transport end to end: the built CLI's `api` command against a bare emulator with routes made for each case.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../src/emulator/server.js';
import { regnotify, regnotifyProcess } from '../helpers/cli.js';
import { startProxy, type TestProxy } from '../helpers/proxy.js';

const TOKEN = 'transport-test-token-0123456789';
const emulator = new Emulator();
let hits = 0;

emulator
  .route('GET', '/api/v1/ok', () => ({ status: 200, json: { ok: true } }))
  .route('POST', '/api/v1/create', () => ({ status: 201, json: { created: true } }))
  .route('PUT', '/api/v1/put', () => ({ status: 200, json: { put: true } }))
  .route('GET', '/api/v1/slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return { status: 200, json: {} };
  })
  .route('GET', '/api/v1/flaky', () => (++hits < 3 ? { status: 503, text: '' } : { status: 200, json: { attempts: hits } }))
  .route('GET', '/api/v1/moved', () => ({ status: 308, headers: { location: 'https://elsewhere.example/api/v1/ok' } }))
  .route('GET', '/api/v1/same-host-redirect', () => ({ status: 308, headers: { location: '/api/v1/ok' } }))
  .route('POST', '/api/v1/echo', (request) => ({ status: 200, json: { received: request.json } }));

let url = '';
beforeAll(async () => {
  url = await emulator.start();
});
afterAll(() => emulator.stop());
beforeEach(() => {
  emulator.reset();
  hits = 0;
});

const env = () => ({ REGNOTIFY_SERVER: url, REGNOTIFY_TOKEN: TOKEN });

describe('transport', () => {
  it('sends the token, the user agent and JSON headers, and prints the body', async () => {
    const result = await regnotify(['api', 'POST', '/echo', '--platform', 'quay', '--data', '{"a":1}'], { env: env() });
    expect(result).toMatchObject({ code: 0, stdout: '{"received":{"a":1}}\n', stderr: '' });
    const [request] = emulator.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/api/v1/echo', body: '{"a":1}' });
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.accept).toBe('application/json');
    expect(request.headers['user-agent']).toMatch(/^regnotify\/\d+\.\d+\.\d+/);
  });

  it('retries a GET on 503 with backoff until it succeeds', async () => {
    const result = await regnotify(['api', 'GET', '/flaky', '--platform', 'quay'], { env: env() });
    expect(result).toMatchObject({ code: 0, stdout: '{"attempts":3}\n' });
    expect(emulator.requests.map((request) => request.path)).toEqual(['/api/v1/flaky', '/api/v1/flaky', '/api/v1/flaky']);
  });

  it('honours Retry-After on 429 and gives up after --retries with exit 1', async () => {
    emulator.inject({ path: '/api/v1/ok', status: 429, retryAfter: '1', html: true });
    const started = Date.now();
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay', '--retries', '2'], { env: env() });
    const elapsed = Date.now() - started;
    expect(emulator.requests).toHaveLength(3);
    expect(elapsed).toBeGreaterThanOrEqual(2000);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: unexpected response from server (HTTP 429, text/html)\n');
  });

  it('waits as long as Retry-After says before the next attempt', async () => {
    emulator.inject({ path: '/api/v1/ok', status: 503, retryAfter: '2', times: 1 });
    const started = Date.now();
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay'], { env: env() });
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(emulator.requests).toHaveLength(2);
  });

  it('never retries a POST that creates, even on 503', async () => {
    emulator.inject({ path: '/api/v1/create', status: 503 });
    const result = await regnotify(['api', 'POST', '/create', '--platform', 'quay', '--data', '{}'], { env: env() });
    expect(result.code).toBe(1);
    expect(emulator.requests).toHaveLength(1);
  });

  it('retries a POST on 429, which the server did not process', async () => {
    emulator.inject({ path: '/api/v1/create', status: 429, retryAfter: '0', times: 1 });
    const result = await regnotify(['api', 'POST', '/create', '--platform', 'quay', '--data', '{}'], { env: env() });
    expect(result).toMatchObject({ code: 0, stdout: '{"created":true}\n' });
    expect(emulator.requests).toHaveLength(2);
  });

  it('retries a PUT after a dropped connection', async () => {
    emulator.inject({ path: '/api/v1/put', drop: true, times: 1 });
    const result = await regnotify(['api', 'PUT', '/put', '--platform', 'quay', '--data', '{}'], { env: env() });
    expect(result).toMatchObject({ code: 0, stdout: '{"put":true}\n' });
    expect(emulator.requests).toHaveLength(2);
  });

  it('times out after --timeout seconds with a clear error and exit 1', async () => {
    const result = await regnotify(['api', 'GET', '/slow', '--platform', 'quay', '--timeout', '0.5', '--retries', '0'], { env: env() });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`error: request timed out after 0.5 s (GET ${url}/api/v1/slow; 1 attempt)\nhint: raise --timeout, or check that the server is reachable\n`);
  });

  it('turns an HTML error page into one line naming the status and content type', async () => {
    emulator.inject({ path: '/api/v1/ok', status: 502, html: true });
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay', '--retries', '0'], { env: env() });
    expect(result).toMatchObject({ code: 1, stderr: 'error: unexpected response from server (HTTP 502, text/html)\n' });
  });

  it('refuses to follow a redirect to another host, and follows one on the same host', async () => {
    const away = await regnotify(['api', 'GET', '/moved', '--platform', 'quay'], { env: env() });
    expect(away.code).toBe(1);
    expect(away.stderr).toBe(
      'error: server answered HTTP 308 with a redirect to https://elsewhere.example/api/v1/ok; not followed\n' +
        "hint: check --server: it should be the platform's base URL (scheme and host, no path)\n",
    );
    const same = await regnotify(['api', 'GET', '/same-host-redirect', '--platform', 'quay'], { env: env() });
    expect(same).toMatchObject({ code: 0, stdout: '{"ok":true}\n', stderr: 'warning: server redirected /api/v1/same-host-redirect to /api/v1/ok; following\n' });
  });

  it('maps 401 to exit 4, 404 to exit 3 and other errors to exit 1', async () => {
    emulator.inject({ path: '/api/v1/ok', status: 401, body: '{"detail":"Requires authentication","error_type":"invalid_token"}', contentType: 'application/json', times: 1 });
    expect((await regnotify(['api', 'GET', '/ok', '--platform', 'quay'], { env: env() })).code).toBe(4);
    const missing = await regnotify(['api', 'GET', '/nowhere', '--platform', 'quay'], { env: env() });
    expect(missing.code).toBe(3);
    emulator.inject({ path: '/api/v1/ok', status: 400, body: '{"message":"bad"}', contentType: 'application/json', times: 1 });
    expect((await regnotify(['api', 'GET', '/ok', '--platform', 'quay'], { env: env() })).code).toBe(1);
  });

  it('exits 4 before sending anything when there are no credentials', async () => {
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay'], { env: { REGNOTIFY_SERVER: url } });
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      'error: no credentials for Red Hat Quay (no profile and no REGNOTIFY_TOKEN)\n' +
        'hint: set REGNOTIFY_TOKEN, or store one with: regnotify profile add NAME --platform quay --server URL --token-stdin\n',
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('closes its keep-alive connections when the run ends, so an in-process run leaves no socket open', async () => {
    const openSockets = () => process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap').length;
    const before = openSockets();
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay'], { env: env() });
    expect(result.code).toBe(0);
    // The server's end of the connection closes when it reads the client's FIN, a moment later.
    for (let waited = 0; openSockets() > before && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(openSockets()).toBe(before);
  });

  it('never shows the token with --verbose, in the trace, the body or an error', async () => {
    emulator.inject({ path: '/api/v1/echo', status: 500, body: `{"message":"token ${TOKEN} rejected"}`, contentType: 'application/json' });
    const result = await regnotify(['api', 'POST', `/echo?access_token=${TOKEN}`, '--platform', 'quay', '--verbose', '--data', `{"password":"hunter22","note":"${TOKEN}"}`], {
      env: env(),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`> POST ${url}/api/v1/echo?access_token=***`);
    expect(result.stderr).toContain('> {"password":"***","note":"***"}');
    expect(result.stderr).toMatch(/< 500 application\/json \(\d+ ms\)/);
    expect(result.stderr).toContain('error: token *** rejected (HTTP 500)');
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    expect(result.stderr).not.toContain('hunter22');
  });
});

describe('proxy', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startProxy();
  });
  afterAll(() => proxy.close());

  it('sends requests through HTTP_PROXY', async () => {
    proxy.seen.length = 0;
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay'], { env: { ...env(), HTTP_PROXY: proxy.url } });
    expect(result).toMatchObject({ code: 0, stdout: '{"ok":true}\n' });
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0].target).toContain(new URL(url).port);
    expect(emulator.requests).toHaveLength(1);
  });

  it('sends requests through HTTP_PROXY from the built CLI too, whose proxy agent loads only then', async () => {
    proxy.seen.length = 0;
    const result = await regnotifyProcess(['api', 'GET', '/ok', '--platform', 'quay'], { env: { ...env(), HTTP_PROXY: proxy.url } });
    expect(result).toMatchObject({ code: 0, stdout: '{"ok":true}\n', stderr: '' });
    expect(proxy.seen).toHaveLength(1);
    expect(emulator.requests).toHaveLength(1);
  });

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    proxy.seen.length = 0;
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay'], { env: { ...env(), HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
    expect(result.code).toBe(0);
    expect(proxy.seen).toHaveLength(0);
  });
});

describe('TLS', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/tls/${name}`, import.meta.url));
  const secure = new Emulator().route('GET', '/api/v1/ok', () => ({ status: 200, json: { tls: true } }));
  let secureUrl = '';
  beforeAll(async () => {
    secureUrl = await secure.start(0, '127.0.0.1', { key: readFileSync(fixture('server-key.pem'), 'utf8'), cert: readFileSync(fixture('server.pem'), 'utf8') });
  });
  afterAll(() => secure.stop());

  it('refuses a server whose certificate it cannot verify, with a hint', async () => {
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay', '--retries', '0'], { env: { REGNOTIFY_SERVER: secureUrl, REGNOTIFY_TOKEN: TOKEN } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: cannot reach 127.0.0.1:${new URL(secureUrl).port} (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`);
    expect(result.stderr).toContain("hint: pass --ca-file with the server's CA certificate");
  });

  it('trusts a private CA given with --ca-file or REGNOTIFY_CA_FILE', async () => {
    const flag = await regnotify(['api', 'GET', '/ok', '--platform', 'quay', '--ca-file', fixture('ca.pem')], { env: { REGNOTIFY_SERVER: secureUrl, REGNOTIFY_TOKEN: TOKEN } });
    expect(flag).toMatchObject({ code: 0, stdout: '{"tls":true}\n', stderr: '' });
    const fromEnv = await regnotify(['api', 'GET', '/ok', '--platform', 'quay'], { env: { REGNOTIFY_SERVER: secureUrl, REGNOTIFY_TOKEN: TOKEN, REGNOTIFY_CA_FILE: fixture('ca.pem') } });
    expect(fromEnv).toMatchObject({ code: 0, stdout: '{"tls":true}\n' });
  });

  it('skips verification with --insecure, and warns', async () => {
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay', '--insecure'], { env: { REGNOTIFY_SERVER: secureUrl, REGNOTIFY_TOKEN: TOKEN } });
    expect(result).toMatchObject({
      code: 0,
      stdout: '{"tls":true}\n',
      stderr: 'warning: TLS certificate verification is off (--insecure): the connection can be intercepted\n',
    });
  });

  it('names a CA file that does not exist, exit 2', async () => {
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay', '--ca-file', '/nonexistent/ca.pem'], { env: { REGNOTIFY_SERVER: secureUrl, REGNOTIFY_TOKEN: TOKEN } });
    expect(result).toMatchObject({ code: 2, stderr: 'error: cannot read CA file "/nonexistent/ca.pem" (ENOENT)\n' });
  });
});
