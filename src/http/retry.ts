// When to try again and how long to wait: idempotent calls on transient failures, with jittered backoff.

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

/** Seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function backoffDelay(attempt: number, random = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
