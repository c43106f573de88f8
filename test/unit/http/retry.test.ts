import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, shouldRetryError, shouldRetryStatus } from '../../../src/http/retry.js';

describe('retry policy', () => {
  it('retries idempotent requests on 429, 502, 503 and 504 only', () => {
    expect([429, 502, 503, 504].map((status) => shouldRetryStatus(status, true))).toEqual([true, true, true, true]);
    expect([400, 401, 403, 404, 500, 501].map((status) => shouldRetryStatus(status, true))).toEqual([false, false, false, false, false, false]);
  });

  it('retries a POST only on 429, which the server did not process', () => {
    expect(shouldRetryStatus(429, false)).toBe(true);
    expect(shouldRetryStatus(503, false)).toBe(false);
  });

  it('retries a POST after a network error only when the request never left', () => {
    expect(shouldRetryError('ECONNREFUSED', false)).toBe(true);
    expect(shouldRetryError('ECONNRESET', false)).toBe(false);
    expect(shouldRetryError('TIMEOUT', false)).toBe(false);
    expect(shouldRetryError('ECONNRESET', true)).toBe(true);
    expect(shouldRetryError('ENOTFOUND', true)).toBe(false);
    expect(shouldRetryError(undefined, true)).toBe(false);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('0.5')).toBe(500);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('backs off exponentially with jitter between half and all of the ceiling, capped at 10 s', () => {
    expect(backoffDelay(0, () => 0)).toBe(150);
    expect(backoffDelay(0, () => 1)).toBe(300);
    expect(backoffDelay(2, () => 1)).toBe(1200);
    expect(backoffDelay(20, () => 1)).toBe(10_000);
  });
});
