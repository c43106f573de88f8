import { describe, expect, it } from 'vitest';
import {
  buildCanonicalRequest,
  canonicalQueryString,
  canonicalUri,
  formatSdkDate,
  parseAuthorization,
  parseSdkDate,
  signRequest,
  verifySignedRequest,
} from '../../../src/platforms/codearts/signer.js';

const sdkVectorDate = new Date('2006-01-02T15:04:05Z');

function signatureOf(headers: Record<string, string>): string {
  return /Signature=([0-9a-f]+)$/.exec(headers.Authorization)?.[1] ?? '';
}

describe('SDK test vectors (only x-sdk-date signed)', () => {
  const common = {
    headers: {},
    accessKey: 'AccessKey',
    secretKey: 'SecretKey',
    date: sdkVectorDate,
    signedHeaderNames: ['x-sdk-date'],
  };

  it('signs a GET with a query and an empty body', () => {
    const added = signRequest({ ...common, method: 'GET', url: 'https://example.huaweicloud.com/path?limit=1', body: undefined });
    expect(signatureOf(added)).toBe('5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624');
    expect(added['X-Sdk-Date']).toBe('20060102T150405Z');
    expect(added.Authorization).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624',
    );
  });

  it('signs a POST whose JSON body ends with a newline', () => {
    const added = signRequest({
      ...common,
      method: 'POST',
      url: 'https://example.huaweicloud.com/path?key=value',
      body: '{"Name":"test","Id":1}\n',
    });
    expect(signatureOf(added)).toBe('cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59');
  });

  it('hashes the same bytes whether the body is a string or a Uint8Array', () => {
    const added = signRequest({
      ...common,
      method: 'POST',
      url: 'https://example.huaweicloud.com/path?key=value',
      body: new TextEncoder().encode('{"Name":"test","Id":1}\n'),
    });
    expect(signatureOf(added)).toBe('cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59');
  });
});

describe('canonical request', () => {
  it('separates the header block from the signed names by a blank line and hashes an empty body', () => {
    const canonical = buildCanonicalRequest({
      method: 'get',
      url: 'https://example.huaweicloud.com/path?limit=1',
      headers: { 'X-Sdk-Date': '20060102T150405Z' },
      body: undefined,
      signedHeaderNames: ['x-sdk-date'],
    });
    expect(canonical).toBe(
      'GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('signs the host from the URL when the caller did not set a Host header, and trims values', () => {
    const canonical = buildCanonicalRequest({
      method: 'PUT',
      url: 'https://codehub-ext.cn-north-4.myhuaweicloud.com:8443/v4/x',
      headers: { 'Content-Type': '  application/json ', 'X-Sdk-Date': '20240101T000000Z' },
      body: '{}',
      signedHeaderNames: ['x-sdk-date', 'Host', 'content-type'],
    });
    expect(canonical.split('\n').slice(3, 7)).toEqual([
      'content-type:application/json',
      'host:codehub-ext.cn-north-4.myhuaweicloud.com:8443',
      'x-sdk-date:20240101T000000Z',
      '',
    ]);
    expect(canonical.split('\n')[7]).toBe('content-type;host;x-sdk-date');
  });

  it('refuses to sign a header the request does not carry', () => {
    expect(() =>
      buildCanonicalRequest({ method: 'GET', url: 'https://h/p', headers: {}, body: undefined, signedHeaderNames: ['content-type'] }),
    ).toThrow(/content-type/);
  });
});

describe('canonical URI', () => {
  it('adds a trailing slash when the path has none', () => {
    expect(canonicalUri('/v4/repositories/123/notification-subscriptions/subscription')).toBe(
      '/v4/repositories/123/notification-subscriptions/subscription/',
    );
  });

  it('keeps an existing trailing slash and the root as they are', () => {
    expect(canonicalUri('/path/')).toBe('/path/');
    expect(canonicalUri('/')).toBe('/');
    expect(canonicalUri('')).toBe('/');
  });

  it('encodes spaces and unicode per segment with upper-case hex, whether or not the URL already encoded them', () => {
    expect(canonicalUri('/a b/ü')).toBe('/a%20b/%C3%BC/');
    expect(canonicalUri(new URL('https://h/a b/ü').pathname)).toBe('/a%20b/%C3%BC/');
    expect(canonicalUri('/a%2fb')).toBe('/a%2Fb/');
  });

  it('leaves unreserved characters alone and encodes the rest', () => {
    expect(canonicalUri("/A-z_0.9~/!*'()@:+")).toBe('/A-z_0.9~/%21%2A%27%28%29%40%3A%2B/');
  });

  it('signs a stray percent sign literally', () => {
    expect(canonicalUri('/100%')).toBe('/100%25/');
  });
});

describe('canonical query string', () => {
  it('is empty without a query', () => {
    expect(canonicalQueryString('')).toBe('');
    expect(canonicalQueryString('?')).toBe('');
  });

  it('sorts by key, then by value for repeated keys', () => {
    expect(canonicalQueryString('?offset=0&b=2&a=z&a=b&limit=100')).toBe('a=b&a=z&b=2&limit=100&offset=0');
  });

  it('percent-encodes keys and values, treating + as a space', () => {
    expect(canonicalQueryString('?search=my+repo&name=%E4%BB%93%E5%BA%93&x=a%2Bb')).toBe(
      'name=%E4%BB%93%E5%BA%93&search=my%20repo&x=a%2Bb',
    );
  });

  it('signs a key without a value as key=', () => {
    expect(canonicalQueryString('?flag&type=email')).toBe('flag=&type=email');
  });

  it('sorts by bytes, so upper case comes before lower case', () => {
    expect(canonicalQueryString('?b=1&B=2&a=3')).toBe('B=2&a=3&b=1');
  });
});

describe('signRequest defaults', () => {
  const base = {
    method: 'PUT',
    url: 'https://codehub-ext.cn-north-4.myhuaweicloud.com/v4/repositories/1/notification-subscriptions/subscription?type=email',
    body: '{"enabled":true}',
    accessKey: 'AK',
    secretKey: 'SK',
    date: new Date('2024-05-06T07:08:09.123Z'),
  };

  it('signs host, x-sdk-date and content-type when present', () => {
    const added = signRequest({ ...base, headers: { 'Content-Type': 'application/json' } });
    expect(added['X-Sdk-Date']).toBe('20240506T070809Z');
    expect(parseAuthorization(added.Authorization)?.signedHeaderNames).toEqual(['content-type', 'host', 'x-sdk-date']);
  });

  it('adds and signs X-Security-Token for temporary credentials', () => {
    const added = signRequest({ ...base, headers: {}, securityToken: 'sts-token' });
    expect(added['X-Security-Token']).toBe('sts-token');
    expect(parseAuthorization(added.Authorization)?.signedHeaderNames).toEqual(['host', 'x-sdk-date', 'x-security-token']);
  });

  it('always signs x-sdk-date, even when the caller lists other headers only', () => {
    const added = signRequest({ ...base, headers: {}, signedHeaderNames: ['host'] });
    expect(parseAuthorization(added.Authorization)?.signedHeaderNames).toEqual(['host', 'x-sdk-date']);
  });
});

describe('verifySignedRequest', () => {
  const url = 'https://codehub-ext.cn-north-4.myhuaweicloud.com/v4/repositories/7/notification-subscriptions/subscription?type=feishu';
  const now = new Date('2024-05-06T07:08:09Z');
  const body = '{"enabled":true}';
  const secrets: Record<string, string> = { AK1: 'secret-one' };
  const lookupSecret = (accessKey: string) => secrets[accessKey];

  function incoming(overrides: { method?: string; url?: string; body?: string; date?: Date } = {}) {
    const added = signRequest({
      method: overrides.method ?? 'PUT',
      url,
      headers: { 'Content-Type': 'application/json' },
      body,
      accessKey: 'AK1',
      secretKey: 'secret-one',
      date: overrides.date ?? now,
    });
    const headers: Record<string, string> = {
      host: 'codehub-ext.cn-north-4.myhuaweicloud.com',
      'content-type': 'application/json',
    };
    for (const [name, value] of Object.entries(added)) headers[name.toLowerCase()] = value;
    return { method: 'PUT', url: overrides.url ?? url, headers, body: overrides.body ?? body, lookupSecret, now };
  }

  it('accepts a fresh signature, given the path and query as a server sees them', () => {
    const request = incoming();
    expect(verifySignedRequest({ ...request, url: '/v4/repositories/7/notification-subscriptions/subscription?type=feishu' })).toEqual({
      ok: true,
      accessKey: 'AK1',
    });
  });

  it('rejects a tampered body', () => {
    expect(verifySignedRequest(incoming({ body: '{"enabled":false}' }))).toEqual({ ok: false, reason: 'signature does not match' });
  });

  it('rejects a tampered path', () => {
    const request = incoming();
    const result = verifySignedRequest({ ...request, url: request.url.replace('/7/', '/8/') });
    expect(result).toEqual({ ok: false, reason: 'signature does not match' });
  });

  it('rejects a tampered query', () => {
    const request = incoming();
    expect(verifySignedRequest({ ...request, url: request.url.replace('feishu', 'email') }).ok).toBe(false);
  });

  it('rejects a stale date and one from the future', () => {
    expect(verifySignedRequest(incoming({ date: new Date(now.getTime() - 16 * 60_000) }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/too far from now/),
    });
    expect(verifySignedRequest(incoming({ date: new Date(now.getTime() + 16 * 60_000) })).ok).toBe(false);
    expect(verifySignedRequest(incoming({ date: new Date(now.getTime() - 14 * 60_000) })).ok).toBe(true);
  });

  it('rejects an unknown access key', () => {
    const request = incoming();
    expect(verifySignedRequest({ ...request, lookupSecret: () => undefined })).toEqual({
      ok: false,
      reason: 'unknown access key AK1',
    });
  });

  it('rejects a request without an SDK-HMAC-SHA256 Authorization header', () => {
    const request = incoming();
    expect(verifySignedRequest({ ...request, headers: { ...request.headers, authorization: undefined } }).ok).toBe(false);
    expect(verifySignedRequest({ ...request, headers: { ...request.headers, authorization: 'Bearer x' } }).ok).toBe(false);
  });

  it('rejects a request missing a header it claims to have signed', () => {
    const request = incoming();
    const { 'content-type': _contentType, ...headers } = request.headers;
    expect(verifySignedRequest({ ...request, headers })).toEqual({ ok: false, reason: 'signed header content-type is missing' });
  });
});

describe('X-Sdk-Date format', () => {
  it('formats in UTC without milliseconds', () => {
    expect(formatSdkDate(new Date('2006-01-02T15:04:05.999Z'))).toBe('20060102T150405Z');
  });

  it('parses only well-formed, real dates', () => {
    expect(parseSdkDate('20060102T150405Z')?.toISOString()).toBe('2006-01-02T15:04:05.000Z');
    expect(parseSdkDate('2006-01-02T15:04:05Z')).toBeUndefined();
    expect(parseSdkDate('20060231T150405Z')).toBeUndefined();
  });
});
