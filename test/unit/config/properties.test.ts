// Standing guard for the parsers of the profile store: for every input, not just the ones we thought of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Profile, type StoreData } from '../../../src/config/profile.js';
import { normalizeServer } from '../../../src/config/resolve.js';
import { refuseUserinfo, withoutUserinfo } from '../../../src/config/server-url.js';
import { parseStore, serializeStore, StoreFileProblem } from '../../../src/config/store-file.js';
import { PROFILE_NAME } from '../../../src/config/summary.js';
import { UsageError } from '../../../src/core/errors.js';

/** Every name an object answers to without having it: the names a store must not mistake for profiles. */
const INHERITED_NAMES = Object.getOwnPropertyNames(Object.prototype);

const NAME_CHARACTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-'];
const validName = fc
  .tuple(fc.constantFrom(...NAME_CHARACTERS.slice(0, 62)), fc.array(fc.constantFrom(...NAME_CHARACTERS), { maxLength: 63 }))
  .map(([first, rest]) => first + rest.join(''));

/** Any string at all, with the names of Object.prototype and JSON-awkward ones mixed in often. */
const anyName = fc.oneof(fc.string(), fc.constantFrom(...INHERITED_NAMES, '', '0', '1', 'profiles', 'defaults', '\u0000', '"\\'));

const jsonValue = fc.jsonValue({ maxDepth: 2 });

const profile: fc.Arbitrary<Profile> = fc
  .record(
    {
      platform: fc.constantFrom(...PLATFORMS),
      server: fc.webUrl(),
      token: fc.string(),
      namespace: fc.string(),
      region: fc.string(),
      insecure: fc.boolean(),
      accessKey: fc.string(),
      secretKey: fc.string(),
    },
    { requiredKeys: ['platform'] },
  )
  .chain((known) =>
    // Keys a later version may add, never one this version knows with a type it would refuse.
    fc.dictionary(fc.string().filter((key) => !(key in known) && !['server', 'token', 'namespace', 'region', 'caFile', 'insecure', 'username', 'domain', 'password', 'accessKey', 'secretKey', 'iamEndpoint'].includes(key)), jsonValue, { maxKeys: 3 }).map(
      (unknown) => Object.assign(Object.create(null), unknown, known) as Profile,
    ),
  )
  .map((value) => JSON.parse(JSON.stringify(value)) as Profile);

const storeData: fc.Arbitrary<StoreData> = fc
  .tuple(fc.array(fc.tuple(anyName, profile), { maxLength: 6 }), fc.record({ quay: anyName, alauda: anyName, codearts: anyName }, { requiredKeys: [] }))
  .map(([entries, defaults]) => ({ profiles: new Map(entries), defaults }));

/** Top-level keys this version does not know. */
const unknownTopLevel = fc.dictionary(fc.string().filter((key) => key !== 'profiles' && key !== 'defaults'), jsonValue, { maxKeys: 3 });

describe('profile names', () => {
  it('accepts exactly: a letter or digit, then up to 63 letters, digits, ".", "_" or "-"', () => {
    fc.assert(fc.property(validName, (name) => PROFILE_NAME.test(name)));
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        const expected = name.length >= 1 && name.length <= 64 && /[A-Za-z0-9]/.test(name[0]) && [...name].every((c) => NAME_CHARACTERS.includes(c));
        expect(PROFILE_NAME.test(name)).toBe(expected);
      }),
    );
  });

  it('finds no profile in a store that does not hold it, whatever the name (constructor, __proto__, ...)', () => {
    fc.assert(
      fc.property(storeData, anyName, (data, name) => {
        const read = parseStore(serializeStore(data, {})).data;
        expect(read.profiles.get(name)).toEqual(data.profiles.get(name));
        expect(read.profiles.has(name)).toBe(data.profiles.has(name));
      }),
    );
    const empty = parseStore('{"profiles":{},"defaults":{}}').data;
    for (const name of INHERITED_NAMES) expect(empty.profiles.has(name)).toBe(false);
  });
});

describe('the profile file', () => {
  it('reads back every profile set it wrote, and keeps the keys it does not know', () => {
    fc.assert(
      fc.property(storeData, unknownTopLevel, (data, unknown) => {
        const original = JSON.parse(JSON.stringify({ ...unknown, defaults: { harbor: 'kept' } }));
        const text = serializeStore(data, original);
        const read = parseStore(text);
        expect(read.data.profiles).toEqual(data.profiles);
        expect(read.data.defaults).toEqual(data.defaults);
        for (const key of Object.keys(unknown)) expect(read.original[key]).toEqual(original[key]);
        expect((read.original.defaults as Record<string, unknown>).harbor).toBe('kept');
        // Writing what was read changes nothing.
        expect(serializeStore(read.data, read.original)).toBe(text);
      }),
    );
  });

  it('either reads any text or names what is wrong with it, never a raw parser error', () => {
    const text = fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify(value)), fc.jsonValue().map((value) => JSON.stringify({ profiles: value })));
    fc.assert(
      fc.property(text, (candidate) => {
        try {
          parseStore(candidate);
        } catch (error) {
          expect(error).toBeInstanceOf(StoreFileProblem);
          expect((error as StoreFileProblem).problem).toMatch(/^(is empty|is not valid JSON|holds |has )/);
        }
      }),
    );
  });

  it('refuses every JSON value that is not an object, saying what it is', () => {
    fc.assert(
      fc.property(
        fc.jsonValue().filter((value) => value === null || typeof value !== 'object' || Array.isArray(value)),
        (value) => {
          expect(() => parseStore(JSON.stringify(value))).toThrow(/^holds (null|an array|a string|a number|a boolean), not an object/);
        },
      ),
    );
  });
});

describe('server URLs', () => {
  it('normalizes every http(s) URL without query or fragment to one without a trailing slash, and the result to itself', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.constantFrom(undefined, '/api/v1', '/v1', '/v4'), (url, apiPrefix) => {
        const server = normalizeServer(url, '--server', apiPrefix);
        expect(server).toMatch(/^https?:\/\//);
        expect(server.endsWith('/')).toBe(false);
        expect(normalizeServer(server, '--server', apiPrefix)).toBe(server);
      }),
    );
  });

  it('refuses everything else with a usage error (exit 2) naming the source', () => {
    const text = fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('ftp://h', 'file:///etc/passwd', 'javascript:alert(1)', 'http://', '//h'));
    fc.assert(
      fc.property(text, (candidate) => {
        let server: string;
        try {
          server = normalizeServer(candidate, '--server');
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          expect((error as UsageError).message).toMatch(/^--server: /);
          return;
        }
        expect(server).toMatch(/^https?:\/\/[^?#]*$/);
      }),
    );
  });

  it('never stores or shows the user name or password a URL holds', () => {
    const credential = fc.stringMatching(/^[A-Za-z0-9]{3,12}$/);
    fc.assert(
      fc.property(fc.webUrl(), credential, credential, (url, user, password) => {
        const withCredentials = url.replace('://', `://${user}:${password}@`);
        let refused: unknown;
        try {
          refuseUserinfo(withCredentials, '--server');
        } catch (error) {
          refused = error;
        }
        expect(refused).toBeInstanceOf(UsageError);
        expect((refused as Error).message).not.toContain(`${user}:${password}`);
        const shown = withoutUserinfo(withCredentials);
        expect(shown).not.toContain(`${user}:${password}@`);
        expect(new URL(shown).username).toBe('***');
        expect(new URL(shown).password).toBe('');
        expect(new URL(shown).host).toBe(new URL(withCredentials).host);
        expect(() => refuseUserinfo(url, '--server')).not.toThrow();
      }),
    );
  });
});
