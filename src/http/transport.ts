// The one HTTP client: undici underneath, timeouts, retries, redirects, error mapping, redacted trace.
import { setTimeout as sleep } from 'node:timers/promises';
import { request, type Dispatcher } from 'undici';
import type { z } from 'zod';
import { ApiError, AuthError, NotFoundError } from '../core/errors.js';
import { maskSecrets, type Redactor } from '../core/redact.js';
import { backoffDelay, isIdempotent, MAX_RETRY_AFTER_MS, parseRetryAfter, shouldRetryError, shouldRetryStatus } from './retry.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined;

export interface HttpRequest {
  method: HttpMethod;
  /** Appended to the base URL as is: the caller owns trailing slashes and encoding of path segments. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Defaults to the method's nature; a POST that creates is never retried blindly. */
  idempotent?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  contentType: string;
  text: string;
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
  authenticate?: (request: OutgoingRequest) => void | Promise<void>;
  /** The platform's reading of an error body. */
  describeError?: (response: HttpResponse, body: unknown) => PlatformError;
  /** Hint shown with 401/403. */
  authHint?: string;
  trace?: (line: string) => void;
  warn?: (message: string) => void;
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
    const idempotent = input.idempotent ?? isIdempotent(input.method);
    let url = this.buildUrl(input.path, input.query);
    let redirects = 0;
    for (let attempt = 0; ; attempt++) {
      let response: HttpResponse;
      try {
        response = await this.sendOnce(input, url);
      } catch (error) {
        const code = networkErrorCode(error);
        if (attempt < this.options.retries && shouldRetryError(code, idempotent)) {
          await this.wait(backoffDelay(attempt), `${code}`);
          continue;
        }
        throw this.networkError(error, code, input.method, url);
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
        const retryAfter = parseRetryAfter(response.headers['retry-after']);
        if (retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER_MS) return response;
        await this.wait(retryAfter ?? backoffDelay(attempt), `HTTP ${response.status}`);
        continue;
      }
      return response;
    }
  }

  private async wait(milliseconds: number, reason: string): Promise<void> {
    this.options.trace?.(`* retrying after ${reason} in ${milliseconds} ms`);
    await sleep(milliseconds);
  }

  private async sendOnce(input: HttpRequest, url: URL): Promise<HttpResponse> {
    const body = input.body === undefined ? undefined : JSON.stringify(input.body);
    const outgoing: OutgoingRequest = {
      method: input.method,
      url,
      body,
      headers: {
        accept: 'application/json',
        'user-agent': this.options.userAgent,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...input.headers,
      },
    };
    await this.options.authenticate?.(outgoing);
    const started = performance.now();
    this.options.trace?.(this.options.redact(`> ${input.method} ${url.href}`));
    if (body !== undefined) this.options.trace?.(this.options.redact(`> ${JSON.stringify(maskSecrets(input.body))}`));
    const answer = await request(url, {
      method: input.method,
      headers: outgoing.headers,
      body,
      dispatcher: this.options.dispatcher,
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    const text = await answer.body.text();
    const headers = flattenHeaders(answer.headers);
    const elapsed = Math.round(performance.now() - started);
    this.options.trace?.(this.options.redact(`< ${answer.statusCode} ${headers['content-type'] ?? ''} (${elapsed} ms)`));
    return {
      status: answer.statusCode,
      headers,
      contentType: headers['content-type'] ?? '',
      text,
      method: input.method,
      url: url.href,
    };
  }

  private networkError(error: unknown, code: string | undefined, method: HttpMethod, url: URL): ApiError {
    const where = `${method} ${this.options.redact(url.origin + url.pathname)}`;
    if (code === 'TIMEOUT') {
      return new ApiError(`request timed out after ${this.options.timeoutMs / 1000} s (${where})`, {
        hint: 'raise --timeout, or check that the server is reachable',
        cause: error,
      });
    }
    const detail = code ?? (error instanceof Error ? error.message : String(error));
    const tls = code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/.test(code);
    return new ApiError(`cannot reach ${url.host} (${detail})`, {
      hint: tls ? 'pass --ca-file with the server\'s CA certificate (or --insecure to skip verification)' : 'check --server and your network or proxy settings',
      cause: error,
    });
  }

  errorFor(response: HttpResponse): ApiError {
    const body = tryParseJson(response);
    // An HTML proxy page says nothing a person can use; name the status and content type instead.
    const readable = body !== undefined || !/html/i.test(response.contentType);
    const described = (readable && this.options.describeError?.(response, body)) || {};
    const requestId = response.headers['x-request-id'];
    const fallback = body === undefined ? unexpectedBody(response) : `HTTP ${response.status}`;
    const message = oneLine(this.options.redact(described.message ?? fallback));
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
  const result = schema.safeParse(body);
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

function redirectError(response: HttpResponse, target: URL): ApiError {
  return new ApiError(`server answered HTTP ${response.status} with a redirect to ${target.origin}${target.pathname}; not followed`, {
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

function networkErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'TIMEOUT';
  const withCode = error as Error & { code?: string; cause?: unknown };
  if (withCode.code && withCode.code !== 'UND_ERR_ABORTED') return withCode.code;
  if (withCode.cause) return networkErrorCode(withCode.cause);
  return withCode.code;
}
