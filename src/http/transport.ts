// The one HTTP client: undici underneath, timeouts, retries, redirects, error mapping, redacted trace.
import { setTimeout as sleep } from 'node:timers/promises';
import { request, type Dispatcher } from './undici.js';
import type { z } from 'zod';
import { http } from '../core/builtins.js';
import { ApiError, AuthError, NotFoundError } from '../core/errors.js';
import type { Progress } from '../core/progress.js';
import { maskSecrets, type Redactor } from '../core/redact.js';
import { isWrite, type PlannedRequest } from './dry-run.js';
import { ACCEPT_ENCODING, MAX_BODY_BYTES, MAX_ERROR_BODY_BYTES, readBody } from './body.js';
import { backoffDelay, isIdempotent, retryWait, shouldRetryError, shouldRetryStatus } from './retry.js';
import { describeDelay } from './retry-after.js';
import { safeParseKeepingProtoKeys } from './proto-keys.js';
import { pauseServer, waitForServer } from './server-pause.js';
import { describeTlsFailure, isTlsFailureCode } from './tls-failure.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined;

export interface HttpRequest {
  method: HttpMethod;
  /** Appended to the base URL as is: the caller owns trailing slashes and encoding of path segments. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Sent form-encoded (application/x-www-form-urlencoded) instead of a JSON `body`. */
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Defaults to the method's nature; a POST that creates is never retried blindly. */
  idempotent?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  contentType: string;
  text: string;
  /** Only the first MAX_ERROR_BODY_BYTES of an error body were read. */
  truncated?: boolean;
  method: HttpMethod;
  url: string;
}

/** What an authenticator sees and may add headers to (AK/SK signs the exact bytes). */
export interface OutgoingRequest {
  method: HttpMethod;
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export interface PlatformError {
  message?: string;
  code?: string;
  hint?: string;
}

export interface HttpClientOptions {
  baseUrl: string;
  dispatcher: Dispatcher;
  userAgent: string;
  timeoutMs: number;
  retries: number;
  redact: Redactor;
  /** A request body as the --verbose trace may show it (secret fields masked); secret-looking keys by default. */
  maskBody?: (body: unknown) => unknown;
  authenticate?: (request: OutgoingRequest) => void | Promise<void>;
  /** The platform's reading of an error body. */
  describeError?: (response: HttpResponse, body: unknown) => PlatformError;
  /** Hint shown with 401/403. */
  authHint?: string;
  trace?: (line: string) => void;
  warn?: (message: string) => void;
  /** The CA file in use, if any: a certificate failure is explained differently with one. */
  caFile?: string;
  /** A person at a terminal sees slow requests (a spinner) and retries (one line each). */
  progress?: Progress;
  /** --dry-run: each write (not GET or HEAD) goes here instead of to the server; it does not return. */
  holdWrite?: (request: PlannedRequest) => never;
}

const MAX_REDIRECTS = 3;

export class HttpClient {
  constructor(private readonly options: HttpClientOptions) {}

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  buildUrl(path: string, query?: Record<string, QueryValue>): URL {
    const url = new URL(this.options.baseUrl.replace(/\/+$/, '') + path);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.append(key, String(value));
    }
    return url;
  }

  /** Sends the request; any status outside 2xx becomes a typed error. */
  async request(input: HttpRequest): Promise<HttpResponse> {
    const response = await this.send(input);
    if (response.status >= 200 && response.status < 300) return response;
    throw this.errorFor(response);
  }

  /** Sends the request and parses a JSON answer with the given schema. */
  async json<T>(input: HttpRequest, schema: z.ZodType<T>): Promise<T> {
    const response = await this.request(input);
    return parseJson(response, schema);
  }

  /** Sends the request and hands back whatever came, errors included (for `regnotify api`). */
  async raw(input: HttpRequest): Promise<HttpResponse> {
    return this.send(input);
  }

  private async send(input: HttpRequest): Promise<HttpResponse> {
    const url = this.buildUrl(input.path, input.query);
    if (this.options.holdWrite && isWrite(input.method)) {
      const body = this.shownBody(input);
      this.options.holdWrite({ method: input.method, url: this.options.redact(url.href), ...(body !== undefined && { body }) });
    }
    const done = this.options.progress?.begin(`Waiting for ${url.host}`);
    try {
      return await this.sendWithRetries(input, url);
    } finally {
      done?.();
    }
  }

  private async sendWithRetries(input: HttpRequest, requestUrl: URL): Promise<HttpResponse> {
    const idempotent = input.idempotent ?? isIdempotent(input.method);
    let url = requestUrl;
    let redirects = 0;
    for (let attempt = 0; ; attempt++) {
      let response: HttpResponse;
      const paused = await waitForServer(url.origin);
      if (paused) this.options.trace?.(`* waited ${paused} ms: ${url.origin} asked to slow down (HTTP 429)`);
      try {
        response = await this.sendOnce(input, url);
      } catch (error) {
        const code = networkErrorCode(error);
        if (attempt < this.options.retries && shouldRetryError(code, idempotent)) {
          await this.wait(backoffDelay(attempt), code === 'TIMEOUT' ? 'a timeout' : `${code}`, attempt);
          continue;
        }
        throw this.networkError(error, code, input.method, url, attempt + 1);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.location) {
        const target = new URL(response.headers.location, url);
        const followable = (input.method === 'GET' || input.method === 'HEAD') && target.origin === url.origin;
        if (!followable || ++redirects > MAX_REDIRECTS) throw redirectError(response, target);
        this.options.warn?.(`server redirected ${url.pathname} to ${target.pathname}; following`);
        url = target;
        attempt--;
        continue;
      }
      if (attempt < this.options.retries && shouldRetryStatus(response.status, idempotent)) {
        const wait = retryWait(response.headers['retry-after'], attempt);
        if (wait.giveUp) throw retryAfterTooLong(response, wait.milliseconds, wait.limit);
        if (response.status === 429) pauseServer(url.origin, wait.milliseconds);
        await this.wait(wait.milliseconds, `HTTP ${response.status}`, attempt);
        continue;
      }
      return response;
    }
  }

  /** One line a retry: the trace's with --verbose, else a notice for a person at a terminal. */
  private async wait(milliseconds: number, reason: string, attempt: number): Promise<void> {
    this.options.trace?.(`* retrying after ${reason} in ${milliseconds} ms`);
    if (!this.options.trace) this.options.progress?.note(`retrying after ${reason}, ${attempt + 1}/${this.options.retries}`);
    await sleep(milliseconds);
  }

  private async sendOnce(input: HttpRequest, url: URL): Promise<HttpResponse> {
    const form = input.form && new URLSearchParams(input.form).toString();
    const body = form ?? (input.body === undefined ? undefined : JSON.stringify(input.body));
    const contentType = form !== undefined ? 'application/x-www-form-urlencoded' : 'application/json';
    const outgoing: OutgoingRequest = {
      method: input.method,
      url,
      body,
      headers: {
        accept: 'application/json',
        'accept-encoding': ACCEPT_ENCODING,
        'user-agent': this.options.userAgent,
        ...(body !== undefined ? { 'content-type': contentType } : {}),
        ...input.headers,
      },
    };
    await this.options.authenticate?.(outgoing);
    // hrtime, not performance.now(): the performance global loads Node's perf_hooks modules on first use.
    const started = process.hrtime.bigint();
    this.options.trace?.(this.options.redact(`> ${input.method} ${url.href}`));
    if (body !== undefined) this.options.trace?.(this.options.redact(`> ${JSON.stringify(this.shownBody(input))}`));
    // The deadline of the whole request, cleared once the answer is read. AbortSignal.timeout() would do the same,
    // but its timer cannot be cleared: each stays in Node's timer list, tracked through a WeakRef, until it fires,
    // which on Node 20 cost ~0.1 ms of CPU per request of a bulk apply (measured). The reason is the one it gives.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), this.options.timeoutMs).unref();
    try {
      const answer = await request(url, {
        method: input.method,
        headers: outgoing.headers,
        body,
        dispatcher: this.options.dispatcher,
        signal: deadline.signal,
      });
      const headers = flattenHeaders(answer.headers);
      const ok = answer.statusCode >= 200 && answer.statusCode < 300;
      // An error page is read only as far as its message can be; a successful answer up to a ceiling, or refused.
      const { text, truncated } = await readBody(answer.body, {
        limit: ok ? MAX_BODY_BYTES : MAX_ERROR_BODY_BYTES,
        truncate: !ok,
        contentEncoding: headers['content-encoding'],
        contentLength: headers['content-length'],
        where: `${input.method} ${this.options.redact(url.origin + url.pathname)}`,
      });
      const elapsed = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
      this.options.trace?.(this.options.redact(`< ${answer.statusCode} ${headers['content-type'] ?? ''} (${elapsed} ms)`));
      return {
        status: answer.statusCode,
        headers,
        contentType: headers['content-type'] ?? '',
        text,
        truncated,
        method: input.method,
        url: url.href,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The body as people may see it (a trace, a dry run): secret fields masked. */
  private shownBody(input: HttpRequest): unknown {
    const body = input.form ?? input.body;
    return body === undefined ? undefined : (this.options.maskBody ?? maskSecrets)(body);
  }

  private networkError(error: unknown, code: string | undefined, method: HttpMethod, url: URL, attempts: number): ApiError {
    const where = `${method} ${this.options.redact(url.origin + url.pathname)}`;
    if (code === 'TIMEOUT') {
      const tries = `${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`;
      return new ApiError(`request timed out after ${this.options.timeoutMs / 1000} s (${where}; ${tries})`, {
        hint: 'raise --timeout, or check that the server is reachable',
        cause: error,
      });
    }
    if (error instanceof ApiError) return error;
    const detail = code ?? (error instanceof Error ? error.message : String(error));
    if (code && isTlsFailureCode(code)) {
      const certificate = findCause(error, code) as { cert?: { subjectaltname?: string } } | undefined;
      const failure = describeTlsFailure(code, { host: url.hostname, caFile: this.options.caFile, certificateNames: certificate?.cert?.subjectaltname });
      return new ApiError(`cannot reach ${url.host} (${detail}): ${failure.detail}`, { hint: failure.hint, cause: error });
    }
    return new ApiError(`cannot reach ${url.host} (${detail})`, { hint: 'check --server and your network or proxy settings', cause: error });
  }

  errorFor(response: HttpResponse): ApiError {
    const body = tryParseJson(response);
    // An HTML proxy page says nothing a person can use; name the status and content type instead.
    // An empty JSON value ({}, [], null, "") holds no message either: name the status.
    const readable = (body !== undefined && !isEmptyJson(body)) || (body === undefined && !/html/i.test(response.contentType));
    const described = (readable && this.options.describeError?.(response, body)) || {};
    const requestId = response.headers['x-request-id'];
    const fallback = body === undefined ? unexpectedBody(response) : noMessage(response.status);
    const message = oneLine(this.options.redact(described.message?.trim() || fallback));
    const suffix = [`HTTP ${response.status}`, requestId ? `request id ${requestId}` : undefined].filter(Boolean).join(', ');
    const details = { status: response.status, code: described.code, requestId, hint: described.hint };
    const text = message.includes(`HTTP ${response.status}`) ? message : `${message} (${suffix})`;
    if (response.status === 401 || response.status === 403) {
      return new AuthError(text, { ...details, hint: described.hint ?? this.options.authHint });
    }
    if (response.status === 404) return new NotFoundError(text, details);
    return new ApiError(text, details);
  }
}

export function isJsonResponse(response: HttpResponse): boolean {
  return /[/+]json\b/i.test(response.contentType);
}

/** The JSON body, or undefined when there is none or it is not JSON. */
export function tryParseJson(response: HttpResponse): unknown {
  if (!response.text) return undefined;
  try {
    return JSON.parse(response.text);
  } catch {
    return undefined;
  }
}

export function parseJson<T>(response: HttpResponse, schema: z.ZodType<T>): T {
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    throw new ApiError(`${unexpectedBody(response)}: expected JSON${isJsonResponse(response) ? ' but the body is malformed or truncated' : ''}`, {
      status: response.status,
    });
  }
  const result = safeParseKeepingProtoKeys(schema, body, response.text);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'body';
    throw new ApiError(`unexpected response from server (HTTP ${response.status}): ${where}: ${issue.message}`, { status: response.status });
  }
  return result.data;
}

function unexpectedBody(response: HttpResponse): string {
  const type = response.contentType.split(';')[0].trim() || 'no content type';
  return `unexpected response from server (HTTP ${response.status}, ${type})`;
}

function oneLine(text: string): string {
  return text.split(/\r?\n/)[0].trim();
}

/** "Service Unavailable: the server gave no message" — the status in words when the body says nothing. */
function noMessage(status: number): string {
  return `${http().STATUS_CODES[status] ?? `HTTP ${status}`}: the server gave no message`;
}

function isEmptyJson(body: unknown): boolean {
  if (body === null || body === '') return true;
  if (Array.isArray(body)) return body.length === 0;
  return typeof body === 'object' && Object.keys(body).length === 0;
}

/** Where a redirect points, without credentials or query; a URL that is not HTTP(S) is named by its scheme. */
function describeTarget(target: URL): string {
  const where = `${target.protocol}//${target.host}${target.pathname}`;
  const shown = where.length > 200 ? `${where.slice(0, 199)}…` : where;
  return /^https?:$/.test(target.protocol) ? shown : `${shown} (not an HTTP URL)`;
}

function retryAfterTooLong(response: HttpResponse, milliseconds: number, limit: number): ApiError {
  const asked = response.headers['retry-after']?.trim();
  return new ApiError(
    `the server asked to wait ${describeDelay(milliseconds)} before trying again (Retry-After: ${asked}), longer than regnotify waits (${describeDelay(limit)}); gave up (HTTP ${response.status})`,
    { status: response.status, requestId: response.headers['x-request-id'], hint: 'try again later' },
  );
}

function redirectError(response: HttpResponse, target: URL): ApiError {
  return new ApiError(`server answered HTTP ${response.status} with a redirect to ${describeTarget(target)}; not followed`, {
    status: response.status,
    hint: 'check --server: it should be the platform\'s base URL (scheme and host, no path)',
  });
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** The error in the cause chain that carries this code (Node attaches the certificate to it). */
function findCause(error: unknown, code: string): unknown {
  for (let current = error; current instanceof Error; current = (current as Error & { cause?: unknown }).cause) {
    if ((current as Error & { code?: string }).code === code) return current;
  }
  return undefined;
}

function networkErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'TIMEOUT';
  const withCode = error as Error & { code?: string; cause?: unknown };
  if (withCode.code && withCode.code !== 'UND_ERR_ABORTED') return withCode.code;
  if (withCode.cause) return networkErrorCode(withCode.cause);
  return withCode.code;
}
