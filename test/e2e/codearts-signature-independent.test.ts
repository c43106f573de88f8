// The emulator checks AK/SK signatures with the same signer code the CLI uses, so a mistake shared by both would
// pass every other test. Here the reference algorithm (Huawei Cloud APIG "SDK-HMAC-SHA256", as documented and as
// huaweicloud-sdk-go-v3 core/auth/signer implements it) is written again, separately and plainly, and checked
// against the SDK's own test vectors and against the signature of every request the CLI actually sent.
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../src/emulator/server.js';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const AK = EMULATOR_CREDENTIALS.codeartsAccessKey;
const SK = EMULATOR_CREDENTIALS.codeartsSecretKey;

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');

/** RFC 3986 unreserved characters stay; every other UTF-8 byte becomes %XX, upper-case. */
function uriEncode(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => {
    const character = String.fromCharCode(byte);
    return /[A-Za-z0-9\-_.~]/.test(character) ? character : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

interface Signable {
  method: string;
  /** Path as sent, e.g. /v4/repositories/123/... */
  path: string;
  /** Decoded query pairs. */
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body: string;
}

function referenceSignature(request: Signable, signedHeaders: string[], secretKey: string): string {
  const canonicalUri = request.path
    .split('/')
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join('/')
    .replace(/\/?$/, '/');
  const canonicalQuery = [...request.query]
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([key, value]) => `${uriEncode(key)}=${uriEncode(value)}`)
    .join('&');
  const names = [...signedHeaders].map((name) => name.toLowerCase()).sort();
  const canonicalHeaders = names.map((name) => `${name}:${request.headers[name].trim()}\n`).join('');
  const canonicalRequest = [request.method, canonicalUri, canonicalQuery, canonicalHeaders, names.join(';'), sha256Hex(request.body)].join('\n');
  const stringToSign = ['SDK-HMAC-SHA256', request.headers['x-sdk-date'], sha256Hex(canonicalRequest)].join('\n');
  return createHmac('sha256', secretKey).update(stringToSign, 'utf8').digest('hex');
}

function signableFrom(recorded: RecordedRequest): Signable {
  return { method: recorded.method, path: recorded.path, query: [...new URLSearchParams(recorded.search)], headers: recorded.headers, body: recorded.body };
}

describe('AK/SK signatures checked by an independent implementation', () => {
  it('the reference implementation reproduces the SDK test vectors', () => {
    const sdk = { path: '/path', headers: { 'x-sdk-date': '20060102T150405Z', host: 'example.huaweicloud.com' } };
    expect(referenceSignature({ ...sdk, method: 'GET', query: [['limit', '1']], body: '' }, ['x-sdk-date'], 'SecretKey')).toBe(
      '5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624',
    );
    expect(referenceSignature({ ...sdk, method: 'POST', query: [['key', 'value']], body: '{"Name":"test","Id":1}\n' }, ['x-sdk-date'], 'SecretKey')).toBe(
      'cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59',
    );
  });

  it('every request the CLI sent (GET with and without a query, a search across pages, a PUT with a body) carries the reference signature', async () => {
    const env = { REGNOTIFY_SERVER: fx.url, REGNOTIFY_ACCESS_KEY: AK, REGNOTIFY_SECRET_KEY: SK };
    for (const args of [
      ['subscription', 'status', '123'],
      ['subscription', 'get', '123', '--type', 'email'],
      ['subscription', 'status', 'demo-group/demo-repo'],
      ['subscription', 'set', '123', '--type', 'email', '--enable'],
    ]) {
      expect((await regnotify(args, { env })).code).toBe(0);
    }
    const sent = fx.emulator.requests;
    expect(sent.map((request) => `${request.method} ${request.path}${request.search}`)).toEqual([
      'GET /v4/repositories/123/notification-subscriptions/status',
      'GET /v4/repositories/123/notification-subscriptions/subscription?type=email',
      'GET /v4/user/repositories?search=demo-repo&offset=0&limit=100',
      'GET /v4/repositories/123/notification-subscriptions/status',
      'GET /v4/repositories/123/notification-subscriptions/subscription?type=email',
      'PUT /v4/repositories/123/notification-subscriptions/subscription?type=email',
    ]);
    for (const request of sent) {
      const authorization = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(request.headers.authorization);
      expect(authorization, request.path).not.toBeNull();
      const [, access, signedHeaders, signature] = authorization!;
      expect(access).toBe(AK);
      expect(signedHeaders.split(';')).toContain('x-sdk-date');
      expect(signedHeaders.split(';')).toContain('host');
      expect(request.headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
      expect(signature, `${request.method} ${request.path}${request.search}`).toBe(referenceSignature(signableFrom(request), signedHeaders.split(';'), SK));
    }
    expect(sent.at(-1)!.body).not.toBe('');
  });
});
