// When to try again and how long to wait: idempotent calls on transient failures, with jittered backoff.
import { parseRetryAfter } from './retry-after.js';

export const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
const BASE_DELAY_MS = 300;
const MAX_BACKOFF_MS = 10_000;
/** A CLI cannot sleep for an hour: a longer Retry-After ends the retries. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Errors that mean the connection failed; the request may or may not have reached the server. */
const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
  'TIMEOUT',
]);

/** Errors that prove the request never left: safe to retry even a POST that creates. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'EAI_AGAIN']);

export function isIdempotent(method: string): boolean {
  return ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'].includes(method);
}

export function shouldRetryError(code: string | undefined, idempotent: boolean): boolean {
  if (!code) return false;
  return idempotent ? TRANSIENT_NETWORK_CODES.has(code) : NOT_SENT_CODES.has(code);
}

/** 429 means the server refused to process the request, so even a POST may be sent again. */
export function shouldRetryStatus(status: number, idempotent: boolean): boolean {
  return RETRYABLE_STATUSES.has(status) && (idempotent || status === 429);
}

export { parseRetryAfter } from './retry-after.js';

export type RetryWait = { giveUp: false; milliseconds: number } | { giveUp: true; milliseconds: number; limit: number };

/**
 * How long to wait before attempt `attempt + 1`: what Retry-After asks when it is readable, else the backoff.
 * A longer wait than MAX_RETRY_AFTER_MS ends the retries: a CLI that sleeps an hour looks hung.
 */
export function retryWait(retryAfterHeader: string | undefined, attempt: number, now = Date.now(), random = Math.random): RetryWait {
  const asked = parseRetryAfter(retryAfterHeader, now);
  if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) return { giveUp: true, milliseconds: asked, limit: MAX_RETRY_AFTER_MS };
  return { giveUp: false, milliseconds: asked ?? backoffDelay(attempt, random) };
}

export function backoffDelay(attempt: number, random = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
