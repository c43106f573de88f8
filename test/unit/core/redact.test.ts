import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor, maskSecrets, MIN_EMBEDDED_SECRET_LENGTH, secretEncodings, secretsOfUrl } from '../../../src/core/redact.js';

describe('maskSecrets', () => {
  it('masks secret-looking keys at any depth and keeps everything else', () => {
    const value = { id: 4, secret: 'abc', config: { flow_api_token: 't', url: 'https://x' }, list: [{ password: 'p' }], has_token: true };
    expect(maskSecrets(value)).toEqual({ id: 4, secret: '***', config: { flow_api_token: '***', url: 'https://x' }, list: [{ password: '***' }], has_token: true });
    expect(value.secret).toBe('abc');
  });

  it('leaves empty secrets empty so "not set" stays visible', () => {
    expect(maskSecrets({ secret: '' })).toEqual({ secret: '' });
  });
});

describe('createRedactor', () => {
  it('replaces every known secret and secret-looking query values', () => {
    const redact = createRedactor(['tok-123456', undefined, 'ab']);
    expect(redact('Bearer tok-123456 and tok-123456')).toBe('Bearer *** and ***');
    expect(redact('GET https://h/p?access_token=xyz&limit=5&secret=s')).toBe('GET https://h/p?access_token=***&limit=5&secret=***');
    // A short secret is masked where it stands alone, never inside a longer word.
    expect(redact('ab is too short to be a secret; table and abc keep it')).toBe('*** is too short to be a secret; table and abc keep it');
  });

  it('masks the longer of two secrets whole when one contains the other', () => {
    const redact = createRedactor(['AKID1234', 'AKID1234-SECRETPART']);
    expect(redact('key AKID1234-SECRETPART, id AKID1234')).toBe('key ***, id ***');
    expect(createRedactor(['AKID1234-SECRETPART', 'AKID1234'])('x=AKID1234-SECRETPART')).toBe('x=***');
  });

  it(`masks a secret of ${MIN_EMBEDDED_SECRET_LENGTH} characters inside a word, and one character shorter only where it stands alone`, () => {
    expect(MIN_EMBEDDED_SECRET_LENGTH).toBe(8);
    expect(createRedactor(['abcdefgh'])('xxabcdefghyy')).toBe('xx***yy');
    expect(createRedactor(['abcdefg'])('xxabcdefgyy')).toBe('xxabcdefgyy');
    expect(createRedactor(['abcdefg'])('token "abcdefg" sent')).toBe('token "***" sent');
  });

  it('masks a one-character secret where it stands alone', () => {
    const redact = createRedactor(['7']);
    expect(redact('{"secret":"7","id":17}')).toBe('{"secret":"***","id":17}');
    expect(redact('Authorization: Token 7')).toBe('Authorization: Token ***');
  });

  it('masks the JSON-escaped form of a secret holding quotes and backslashes, as a server echoing the request writes it', () => {
    const secret = 'pa"ss\\word-1';
    const echoed = JSON.stringify({ received: { secret } });
    expect(echoed).toContain('pa\\"ss\\\\word-1');
    expect(createRedactor([secret])(echoed)).toBe('{"received":{"secret":"***"}}');
  });

  it('masks the Python (ensure_ascii) and percent-encoded forms of a non-ASCII secret', () => {
    const secret = 'clé secrète/1';
    const redact = createRedactor([secret]);
    expect(redact('{"secret": "cl\\u00e9 secr\\u00e8te/1"}')).toBe('{"secret": "***"}');
    expect(redact('/hooks?x=cl%C3%A9%20secr%C3%A8te%2F1')).toBe('/hooks?x=***');
    expect(redact('/hooks?x=cl%C3%A9+secr%C3%A8te%2F1')).toBe('/hooks?x=***');
  });

  it('masks the base64 form CodeArts puts on the wire and the basic-auth form of URL credentials', () => {
    const token = 'feishu-bot-token';
    expect(createRedactor([token])(`{"token":"${Buffer.from(token).toString('base64')}"}`)).toBe('{"token":"***"}');
    const redact = createRedactor(secretsOfUrl('https://alice:s3cr%40t-pass@quay.example'));
    expect(redact(`Authorization: Basic ${Buffer.from('alice:s3cr@t-pass').toString('base64')}`)).toBe('Authorization: Basic ***');
    expect(redact('password s3cr@t-pass')).toBe('password ***');
  });

  it('for data, masks only secrets of 8 characters or more and leaves query values alone, so JSON stays JSON', () => {
    const redact = createRedactor(['7', 'long-secret-1'], { minLength: MIN_EMBEDDED_SECRET_LENGTH, queryValues: false });
    const json = JSON.stringify({ id: 7, url: 'https://x.example/send?key=xxxx', note: 'long-secret-1', mirror: 'https://u:p@h.example/' }, null, 2);
    expect(JSON.parse(redact(json))).toEqual({ id: 7, url: 'https://x.example/send?key=xxxx', note: '***', mirror: 'https://***@h.example/' });
  });

  it('never prints the userinfo of a URL, known or not', () => {
    const redact = createRedactor([]);
    expect(redact('> GET https://user:pa55@quay.example/api/v1/repository')).toBe('> GET https://***@quay.example/api/v1/repository');
    expect(redact('invalid server "ftp://TOKEN@h" (expected http)')).toBe('invalid server "ftp://***@h" (expected http)');
    expect(redact('https://a:b@c@host/x@y')).toBe('https://***@host/x@y');
    expect(redact('mail alice@example.com, see https://example.com/a@b')).toBe('mail alice@example.com, see https://example.com/a@b');
  });
});

/** A line with the encoded secret somewhere in the middle of arbitrary text. */
const around = (form: string) => fc.tuple(fc.string(), fc.string()).map(([before, after]) => `${before}${form}${after}`);

describe('createRedactor (properties)', () => {
  const longSecret = fc.string({ unit: 'binary', minLength: MIN_EMBEDDED_SECRET_LENGTH, maxLength: 40 }).filter((secret) => !secret.includes('*'));

  it('for every secret s and every encoding e, no output contains e(s)', () => {
    fc.assert(
      fc.property(longSecret, fc.nat(), fc.string(), fc.string(), (secret, pick, before, after) => {
        const forms = secretEncodings(secret);
        const form = forms[pick % forms.length];
        const output = createRedactor([secret])(`${before}${form}${after}`);
        for (const each of forms) expect(output).not.toContain(each);
      }),
      { numRuns: 500 },
    );
  });

  it('with several secrets, none of them survives in any encoding', () => {
    fc.assert(
      fc.property(fc.array(longSecret, { minLength: 1, maxLength: 4 }), fc.array(fc.string(), { maxLength: 4 }), (secrets, noise) => {
        const text = secrets.flatMap((secret, index) => [noise[index] ?? '', ...secretEncodings(secret)]).join(' ');
        const output = createRedactor(secrets)(text);
        for (const secret of secrets) for (const form of secretEncodings(secret)) expect(output).not.toContain(form);
      }),
      { numRuns: 300 },
    );
  });

  it('a short secret never survives where it stands alone, in any encoding', () => {
    const shortSecret = fc.string({ minLength: 1, maxLength: MIN_EMBEDDED_SECRET_LENGTH - 1 }).filter((secret) => !secret.includes('*'));
    fc.assert(
      fc.property(shortSecret, fc.nat(), fc.constantFrom(' ', '"', '=', '/', ':', '\n'), (secret, pick, edge) => {
        const forms = secretEncodings(secret);
        const form = forms[pick % forms.length];
        const output = createRedactor([secret])(`value${edge}${form}${edge}end`);
        expect(output).not.toContain(`${edge}${form}${edge}`);
      }),
      { numRuns: 500 },
    );
  });

  it('text without secrets or URLs with userinfo comes out unchanged', () => {
    fc.assert(
      fc.property(fc.string().filter((text) => !text.includes('@') && !/[?&]/.test(text)), (text) => {
        expect(createRedactor([])(text)).toBe(text);
      }),
    );
  });

  it('the userinfo of a URL never survives', () => {
    const userinfo = fc.string({ minLength: 1 }).filter((text) => !/[\s/?#@"]/.test(text));
    fc.assert(
      fc.property(userinfo, around('X'), (info, text) => {
        const output = createRedactor([])(`${text} https://${info}@host.example/path`);
        expect(output).toContain('https://***@host.example/path');
      }),
    );
  });
});
