import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, MAX_RETRY_AFTER_MS, retryWait } from '../../../src/http/retry.js';
import { describeDelay, parseHttpDate, parseRetryAfter } from '../../../src/http/retry-after.js';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (value: number) => String(value).padStart(2, '0');
const time = (date: Date) => `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;

/** The three forms of RFC 9110 §5.6.7, written independently of the parser. */
const forms = {
  imf: (date: Date) => `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time(date)} GMT`,
  rfc850: (date: Date) =>
    `${LONG_DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())}-${MONTHS[date.getUTCMonth()]}-${two(date.getUTCFullYear() % 100)} ${time(date)} GMT`,
  asctime: (date: Date) => `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, ' ')} ${time(date)} ${date.getUTCFullYear()}`,
};

describe('parseRetryAfter (RFC 9110 §10.2.3)', () => {
  it('reads delay-seconds, and tolerates a decimal fraction', () => {
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter(' 7 ')).toBe(7000);
    expect(parseRetryAfter('0.5')).toBe(500);
  });

  it('reads the three HTTP-date forms, and a date in the past as no wait', () => {
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(0);
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseRetryAfter('Mon, 30 Nov 2026 12:00:10 GMT', NOW)).toBe(10_000);
  });

  it('reads a two-digit year more than 50 years ahead as the past century', () => {
    expect(parseHttpDate('Saturday, 01-Jan-77 00:00:00 GMT', NOW)).toBe(Date.UTC(1977, 0, 1));
    expect(parseHttpDate('Friday, 01-Jan-76 00:00:00 GMT', NOW)).toBe(Date.UTC(2076, 0, 1));
  });

  it.each(['-1', '+5', '-0', '1e3', '0x10', '5 s', 'soon', '', '   ', 'Sun, 31 Feb 2026 00:00:00 GMT', 'Sun, 06 Nov 1994 25:00:00 GMT', 'Sun, 06 Nov 1994 08:49:37 UTC', '2026-11-30T12:00:10Z', 'Infinity', 'NaN'])(
    'ignores %j (neither delay-seconds nor an HTTP-date)',
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    },
  );

  it('property: any count of seconds is read exactly', () => {
    fc.assert(fc.property(fc.nat({ max: 10_000_000 }), (seconds) => parseRetryAfter(String(seconds)) === seconds * 1000));
  });

  it('property: any date in any of the three forms is read exactly (to the second)', () => {
    const date = fc.date({ min: new Date('1977-01-01T00:00:00Z'), max: new Date('2075-12-31T23:59:59Z'), noInvalidDate: true }).map((value) => new Date(Math.floor(value.getTime() / 1000) * 1000));
    fc.assert(
      fc.property(date, fc.constantFrom(...(Object.keys(forms) as Array<keyof typeof forms>)), (value, form) => {
        expect(parseHttpDate(forms[form](value), NOW)).toBe(value.getTime());
      }),
    );
  });

  it('property: a value with a sign, or any text that is not digits or a date, is never a wait', () => {
    const signed = fc.tuple(fc.constantFrom('-', '+'), fc.nat()).map(([sign, value]) => `${sign}${value}`);
    const noise = fc.string().filter((text) => !/^\s*\d+(\.\d+)?\s*$/.test(text) && !/GMT|\d{4}$/.test(text));
    fc.assert(fc.property(fc.oneof(signed, noise), (value) => parseRetryAfter(value, NOW) === undefined));
  });

  it('property: whatever the header, the result is undefined or a finite wait of 0 or more', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const wait = parseRetryAfter(value, NOW);
        return wait === undefined || (Number.isFinite(wait) && wait >= 0);
      }),
    );
  });
});

describe('retryWait', () => {
  it(`waits what Retry-After asks up to ${MAX_RETRY_AFTER_MS / 1000} s, and gives up beyond (an hour is never slept)`, () => {
    expect(retryWait('60', 0, NOW)).toEqual({ giveUp: false, milliseconds: 60_000 });
    expect(retryWait('61', 0, NOW)).toEqual({ giveUp: true, milliseconds: 61_000, limit: MAX_RETRY_AFTER_MS });
    expect(retryWait('3600', 0, NOW)).toEqual({ giveUp: true, milliseconds: 3_600_000, limit: MAX_RETRY_AFTER_MS });
    expect(MAX_RETRY_AFTER_MS).toBe(60_000);
  });

  it('backs off as usual when Retry-After is absent or unreadable (-1 included)', () => {
    for (const header of [undefined, '-1', 'soon']) expect(retryWait(header, 2, NOW, () => 1)).toEqual({ giveUp: false, milliseconds: backoffDelay(2, () => 1) });
  });

  it('property: it never waits longer than the cap, whatever the server sends', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.nat().map(String)), fc.nat({ max: 30 }), (header, attempt) => {
        const wait = retryWait(header, attempt, NOW);
        return wait.giveUp ? wait.milliseconds > MAX_RETRY_AFTER_MS : wait.milliseconds <= MAX_RETRY_AFTER_MS;
      }),
    );
  });
});

describe('describeDelay', () => {
  it('says a wait in the unit a person would use', () => {
    expect([45_000, 600_000, 3_600_000, 5_400_000, 2 * 86_400_000].map(describeDelay)).toEqual(['45 s', '10 min', '1 h', '1.5 h', '2 days']);
  });
});
