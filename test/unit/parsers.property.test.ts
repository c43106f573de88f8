// Property-based guards for every parser of user input: valid input reads back as written, anything else is a
// UsageError (exit 2) with a one-line message, never a crash or a silent rewrite.
import { isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { parseWholeNumber } from '../../src/core/whole-number.js';
import { allEventNames, ALAUDA_SUBJECT_TYPES, validateEvents, type SubjectTypeName } from '../../src/platforms/alauda/catalog.js';
import { ACTION_NAMES, parseEventSpec, RESOURCE_TYPE_NAMES, ROLE_NAME_VALUES } from '../../src/platforms/codearts/catalog.js';
import { isLoopbackHost } from '../../src/platforms/loopback.js';
import { validateNotification } from '../../src/platforms/quay/catalog/index.js';
import { parseKeyValues } from '../../src/platforms/quay/key-value.js';
import { parseRepositoryRef, repositoryPath, validateNotificationUuid } from '../../src/platforms/quay/names.js';

/**
 * Runs the parser: its value, or the UsageError it threw; any other throw fails the property. (A message may
 * quote a newline the user typed: the error printer writes it out as \x0a, so the line stays one line.)
 */
function outcome<T>(parse: () => T): { value: T } | { error: UsageError } {
  try {
    return { value: parse() };
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return { error: error as UsageError };
  }
}

const anyText = fc.string({ unit: 'binary', maxLength: 60 });

describe('key=value config pairs', () => {
  const key = fc.string({ minLength: 1, maxLength: 12 }).filter((text) => !text.includes('=') && text.trim() === text && text !== '');
  it('split at the first =, keep text as typed and JSON values as JSON', () => {
    fc.assert(
      fc.property(key, anyText, (name, value) => {
        const parsed = parseKeyValues([`${name}=${value}`], '--config');
        expect(Object.keys(parsed)).toEqual([name]);
        const read = parsed[name];
        if (typeof read === 'string') expect(read).toBe(value);
        else expect(JSON.stringify(read)).toBe(JSON.stringify(JSON.parse(value)));
        // A number never changes its digits on the way (1e3, 1.0, 20-digit ids stay text).
        if (typeof read === 'number') expect(String(read)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it('refuse a pair without a key, and a key given twice, as usage errors', () => {
    fc.assert(
      fc.property(anyText, (pair) => {
        const result = outcome(() => parseKeyValues([pair, pair], '--config'));
        expect('error' in result).toBe(true);
      }),
    );
  });
});

describe('event specs', () => {
  it('CodeArts resource:action=roles reads back, roles de-duplicated in order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESOURCE_TYPE_NAMES), fc.constantFrom(...ACTION_NAMES), fc.array(fc.constantFrom(...ROLE_NAME_VALUES), { maxLength: 5 }), (resource, action, roles) => {
        expect(parseEventSpec(`${resource}:${action}=${roles.join(',')}`)).toEqual({ resource_type: resource, action, role_names: [...new Set(roles)] });
        expect(parseEventSpec(` ${resource}:${action} `)).toEqual({ resource_type: resource, action });
      }),
    );
  });

  it('CodeArts: any other text is a usage error', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        outcome(() => parseEventSpec(text));
      }),
      { numRuns: 500 },
    );
  });

  it('Alauda: events of the subject type are accepted de-duplicated, any other is a usage error', () => {
    for (const type of ALAUDA_SUBJECT_TYPES) {
      const own = type.events.map((event) => event.name);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...own), { minLength: 1, maxLength: 4 }), fc.array(fc.oneof(anyText, fc.constantFrom(...allEventNames))), (events, others) => {
          expect(validateEvents(type.name as SubjectTypeName, events)).toEqual([...new Set(events)]);
          const result = outcome(() => validateEvents(type.name as SubjectTypeName, [...events, ...others]));
          expect('value' in result).toBe(others.every((event) => (own as string[]).includes(event)));
        }),
      );
    }
  });
});

describe('repository names', () => {
  const part = fc.stringMatching(/^[a-z0-9]{1,6}(?:[._-][a-z0-9]{1,6}){0,3}$/);
  it('ns/name reads back, and its API path encodes nothing a valid name holds', () => {
    fc.assert(
      fc.property(part.filter((namespace) => namespace.length >= 2), fc.array(part, { minLength: 1, maxLength: 3 }), (namespace, segments) => {
        const name = segments.join('/');
        expect(parseRepositoryRef(`${namespace}/${name}`)).toEqual({ namespace, name });
        expect(repositoryPath(`${namespace}/${name}`)).toBe(`${namespace}/${name}`);
      }),
    );
  });

  it('anything else is a usage error, and nothing accepted needs encoding', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = outcome(() => parseRepositoryRef(text));
        if ('value' in result) expect(repositoryPath(result.value)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('notification uuids: only the 8-4-4-4-12 form passes', () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        expect(validateNotificationUuid(uuid)).toBe(uuid);
      }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        outcome(() => validateNotificationUuid(text));
      }),
    );
  });
});

describe('webhook URL validation', () => {
  const byte = fc.integer({ min: 0, max: 255 });
  const loopback = fc.oneof(
    fc.tuple(byte, byte, byte).map(([a, b, c]) => `127.${a}.${b}.${c}`),
    fc.tuple(byte, byte, byte).map(([a, b, c]) => `[::ffff:127.${a}.${b}.${c}]`),
    fc.tuple(byte, byte, byte).map(([a, b, c]) => `0.${a}.${b}.${c}`),
    fc.constantFrom('[::1]', '[0:0:0:0:0:0:0:1]', '[::]', 'localhost', 'LOCALHOST.', '[::ffff:0.0.0.0]', '2130706433', '0x7f.1', '127.1'),
    fc.stringMatching(/^[a-z]{1,10}$/).map((label) => `${label}.localhost`),
  );
  const create = (url: string) => () => validateNotification({ event: 'repo_push', method: 'webhook', config: { url }, eventConfig: {} });

  it('hands net.isIP only what it could call an address: a colon, or digits and dots alone', () => {
    // isLoopbackHost answers false for any other name without asking net.isIP; sound only if isIP agrees.
    const name = fc.oneof(fc.ipV4(), fc.ipV6(), fc.ipV4Extended(), fc.domain(), fc.string(), fc.stringMatching(/^[\d.:a-f]{1,20}$/));
    fc.assert(
      fc.property(name, (host) => {
        if (isIP(host) !== 0) expect(host.includes(':') || /^[\d.]+$/.test(host)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every loopback or unspecified host, however it is written', () => {
    fc.assert(
      fc.property(loopback, fc.constantFrom('http', 'https'), (host, scheme) => {
        expect(isLoopbackHost(new URL(`${scheme}://${host}/`).hostname)).toBe(true);
        expect(create(`${scheme}://${host}/hook`)).toThrow(UsageError);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts public IPv4 hosts, and lets a local Quay deliver to loopback', () => {
    const publicIp = fc.tuple(fc.integer({ min: 1, max: 223 }).filter((a) => a !== 127), byte, byte, byte).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(publicIp, (ip) => {
        expect(create(`https://${ip}/hook`)().body.config).toEqual({ url: `https://${ip}/hook` });
      }),
    );
    expect(validateNotification({ event: 'repo_push', method: 'webhook', config: { url: 'http://[::1]:9/h' }, eventConfig: {} }, { localServer: true }).body.config).toEqual({ url: 'http://[::1]:9/h' });
  });

  it('any text as a webhook or Slack URL is accepted or a usage error, and a Slack URL is never quoted back', () => {
    fc.assert(
      fc.property(anyText, (url) => {
        outcome(create(url));
        const slack = outcome(() => validateNotification({ event: 'repo_push', method: 'slack', config: { url }, eventConfig: {} }));
        if ('error' in slack && url.length > 3) expect(slack.error.message).not.toContain(url);
      }),
      { numRuns: 500 },
    );
  });
});

describe('whole-number flags', () => {
  it('read back every safe whole number in range, and refuse the rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseWholeNumber(String(n), '--limit', { min: 1 })).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(anyText, fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: 10n ** 30n }).map(String)), (text) => {
        const result = outcome(() => parseWholeNumber(text, '--limit', { min: 1 }));
        if ('value' in result) expect(String(result.value)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
