// The transport against servers that send too much, ask for absurd waits, compress, say nothing, redirect off the
// web, or present a bad certificate: one clear line and exit 1, memory bounded, never a hang.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/http/body.js';
import { MAX_RETRY_AFTER_MS } from '../../src/http/retry.js';
import { Emulator } from '../../src/emulator/server.js';
import { regnotify, regnotifyProcess } from '../helpers/cli.js';

const TOKEN = 'hostile-transport-token-0123456789';
const MB = 1024 * 1024;
const emulator = new Emulator()
  .route('GET', '/api/v1/ok', () => ({ status: 200, json: { ok: true } }))
  .route('GET', '/api/v1/to-file', () => ({ status: 302, headers: { location: 'file:///etc/passwd' } }))
  .route('GET', '/api/v1/zstd', () => ({ status: 200, headers: { 'content-type': 'application/json', 'content-encoding': 'zstd' }, text: '{}' }))
  .route('GET', '/api/v1/not-gzip', () => ({ status: 200, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, text: '{"plain":true}' }));

let url = '';
beforeAll(async () => {
  url = await emulator.start();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

const env = () => ({ REGNOTIFY_SERVER: url, REGNOTIFY_TOKEN: TOKEN });
const api = (path: string, extra: string[] = [], options: { env?: Record<string, string>; timeoutMs?: number } = {}) =>
  regnotify(['api', 'GET', path, '--platform', 'quay', ...extra], { env: { ...env(), ...options.env }, timeoutMs: options.timeoutMs });

/** Runs the built CLI in its own process with a probe that records its peak resident memory (in MB). */
async function measured(path: string, extra: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'regnotify-rss-')), 'rss');
  const probe = fileURLToPath(new URL('../fixtures/probe/max-rss.mjs', import.meta.url));
  const result = await regnotifyProcess(['api', 'GET', path, '--platform', 'quay', ...extra], {
    env: { ...env(), NODE_OPTIONS: `--import ${probe}`, REGNOTIFY_TEST_RSS_FILE: file },
    timeoutMs: 60_000,
  });
  return { result, peakMb: Number(readFileSync(file, 'utf8')) / 1024 };
}

describe('unbounded responses', () => {
  it('reads 64 KB of a 200 MB HTML error page, on every retry, and names the status in one line', async () => {
    emulator.inject({ path: '/api/v1/ok', status: 502, html: true, bodyBytes: 200 * MB });
    const { result, peakMb } = await measured('/ok', ['--retries', '2']);
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'warning: the response body is over 64 KB; not shown\nerror: unexpected response from server (HTTP 502, text/html)\n',
    });
    expect(emulator.requests).toHaveLength(3);
    expect(peakMb).toBeLessThan(150);
  }, 60_000);

  it(`refuses a 200 MB answer by its declared length, over ${MAX_BODY_BYTES / MB} MB, without reading it`, async () => {
    emulator.inject({ path: '/api/v1/ok', status: 200, bodyBytes: 200 * MB });
    const { result, peakMb } = await measured('/ok', []);
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `error: response to GET ${url}/api/v1/ok is larger than 32 MB, the most regnotify reads; stopped reading\n` +
        "hint: narrow the request (a filter or a smaller page), or check that --server is the platform's API\n",
    });
    expect(peakMb).toBeLessThan(150);
  }, 60_000);

  it('stops a compressed answer (no declared length) once 32 MB are decoded: a gzip bomb is not inflated', async () => {
    emulator.inject({ path: '/api/v1/ok', status: 200, bodyBytes: 200 * MB, encoding: 'gzip' });
    const result = await api('/ok', [], { timeoutMs: 60_000 });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr.split('\n')[0]).toBe(`error: response to GET ${url}/api/v1/ok is larger than 32 MB, the most regnotify reads; stopped reading`);
  }, 60_000);
});

describe('Retry-After', () => {
  it('gives up at once, in one line, when the server asks to wait an hour', async () => {
    emulator.inject({ path: '/api/v1/ok', status: 429, retryAfter: '3600' });
    // Without the cap on Retry-After this run would sleep an hour per retry; the helper kills it after 15 s.
    const result = await api('/ok', [], { timeoutMs: 15_000 });
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: `error: the server asked to wait 1 h before trying again (Retry-After: 3600), longer than regnotify waits (${MAX_RETRY_AFTER_MS / 1000} s); gave up (HTTP 429)\nhint: try again later\n`,
    });
    expect(emulator.requests).toHaveLength(1);
  });

  it('reads an HTTP-date two days ahead the same way', async () => {
    const date = new Date(Date.now() + 48 * 3600_000 + 60_000).toUTCString();
    emulator.inject({ path: '/api/v1/ok', status: 503, retryAfter: date });
    const result = await api('/ok', [], { timeoutMs: 15_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`error: the server asked to wait 2 days before trying again (Retry-After: ${date}), longer than regnotify waits (60 s); gave up (HTTP 503)\nhint: try again later\n`);
  });

  it('ignores Retry-After: -1 (not a delay, not a date) and backs off as usual', async () => {
    emulator.inject({ path: '/api/v1/ok', status: 503, retryAfter: '-1', times: 1 });
    const result = await api('/ok', ['--verbose']);
    expect(result.code).toBe(0);
    const wait = /\* retrying after HTTP 503 in (\d+) ms/.exec(result.stderr);
    expect(Number(wait?.[1])).toBeGreaterThanOrEqual(150);
    expect(emulator.requests).toHaveLength(2);
  });
});

describe('compressed answers', () => {
  it('asks for gzip, deflate and br, and decodes each', async () => {
    for (const encoding of ['gzip', 'deflate', 'br'] as const) {
      emulator.reset();
      emulator.inject({ path: '/api/v1/ok', encoding });
      expect(await api('/ok')).toMatchObject({ code: 0, stdout: '{"ok":true}\n', stderr: '' });
      expect(emulator.requests[0].headers['accept-encoding']).toBe('gzip, deflate, br');
    }
  });

  it('decodes a compressed error body to read its message', async () => {
    emulator.inject({ path: '/api/v1/ok', status: 400, body: '{"error_message":"bad filter"}', contentType: 'application/json', encoding: 'gzip' });
    expect(await api('/ok')).toMatchObject({ code: 1, stderr: 'error: bad filter (HTTP 400)\n' });
  });

  it('names an encoding it cannot read, and a body that is not what its encoding says', async () => {
    expect(await api('/zstd')).toMatchObject({
      code: 1,
      stderr: `error: response to GET ${url}/api/v1/zstd is encoded as "zstd", which regnotify cannot read (it accepts gzip, deflate, br)\n`,
    });
    expect(await api('/not-gzip')).toMatchObject({
      code: 1,
      stderr: `error: response to GET ${url}/api/v1/not-gzip is not valid gzip data (incorrect header check)\n`,
    });
  });
});

describe('messages', () => {
  it('names the status when a JSON error body holds no message ({} and [])', async () => {
    emulator.inject({ path: '/api/v1/ok', status: 503, body: '{}', contentType: 'application/json', times: 1 });
    expect(await api('/ok', ['--retries', '0'])).toMatchObject({ code: 1, stderr: 'error: Service Unavailable: the server gave no message (HTTP 503)\n' });
    emulator.inject({ path: '/api/v1/ok', status: 400, body: '[]', contentType: 'application/json', times: 1 });
    expect(await api('/ok')).toMatchObject({ code: 1, stderr: 'error: Bad Request: the server gave no message (HTTP 400)\n' });
  });

  it('describes a redirect to file: by its URL and refuses it', async () => {
    expect(await api('/to-file')).toMatchObject({
      code: 1,
      stderr:
        'error: server answered HTTP 302 with a redirect to file:///etc/passwd (not an HTTP URL); not followed\n' +
        "hint: check --server: it should be the platform's base URL (scheme and host, no path)\n",
    });
  });
});

describe('certificate failures say which check failed', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/tls/${name}`, import.meta.url));
  const servers = {
    expired: new Emulator().route('GET', '/api/v1/ok', () => ({ status: 200, json: {} })),
    wrongHost: new Emulator().route('GET', '/api/v1/ok', () => ({ status: 200, json: {} })),
    trusted: new Emulator().route('GET', '/api/v1/ok', () => ({ status: 200, json: {} })),
  };
  const urls = { expired: '', wrongHost: '', trusted: '' };
  beforeAll(async () => {
    const key = readFileSync(fixture('other-server-key.pem'), 'utf8');
    urls.expired = await servers.expired.start(0, '127.0.0.1', { key, cert: readFileSync(fixture('expired.pem'), 'utf8') });
    urls.wrongHost = await servers.wrongHost.start(0, '127.0.0.1', { key, cert: readFileSync(fixture('wrong-host.pem'), 'utf8') });
    urls.trusted = await servers.trusted.start(0, '127.0.0.1', { key: readFileSync(fixture('server-key.pem'), 'utf8'), cert: readFileSync(fixture('server.pem'), 'utf8') });
  });
  afterAll(() => Promise.all(Object.values(servers).map((server) => server.stop())));
  const call = (server: string, caFile: string) =>
    regnotify(['api', 'GET', '/ok', '--platform', 'quay', '--retries', '0', '--ca-file', fixture(caFile)], { env: { REGNOTIFY_SERVER: server, REGNOTIFY_TOKEN: TOKEN } });

  it('an expired certificate: says so, and does not suggest --ca-file', async () => {
    const result = await call(urls.expired, 'other-ca.pem');
    expect(result).toMatchObject({
      code: 1,
      stderr:
        `error: cannot reach ${new URL(urls.expired).host} (CERT_HAS_EXPIRED): the server's certificate has expired\n` +
        'hint: the server must renew its certificate; a CA file cannot help (--insecure skips every check, at the risk of interception)\n',
    });
  });

  it('a certificate for another host: names the host and the names in the certificate', async () => {
    const result = await call(urls.wrongHost, 'other-ca.pem');
    expect(result).toMatchObject({
      code: 1,
      stderr:
        `error: cannot reach ${new URL(urls.wrongHost).host} (ERR_TLS_CERT_ALTNAME_INVALID): the server's certificate is not for 127.0.0.1; it names DNS:wrong-host.example\n` +
        'hint: use in --server the host name the certificate names; a CA file cannot help\n',
    });
  });

  it('an unknown issuer although a CA file was given: names the file instead of suggesting --ca-file', async () => {
    const result = await call(urls.trusted, 'other-ca.pem');
    expect(result).toMatchObject({
      code: 1,
      stderr:
        `error: cannot reach ${new URL(urls.trusted).host} (UNABLE_TO_VERIFY_LEAF_SIGNATURE): the server's certificate is not signed by the CA in ${fixture('other-ca.pem')}\n` +
        `hint: check that ${fixture('other-ca.pem')} holds the CA (or intermediate) that signed the server's certificate\n`,
    });
  });
});
