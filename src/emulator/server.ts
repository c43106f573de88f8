// A real HTTP server on 127.0.0.1 that the platform modules fill with routes; tests read its request log
// and switch on faults per route (latency, status codes with or without Retry-After, HTML pages, dropped connections,
// numbered pages, huge generated bodies, compressed answers, echoed requests).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseFault } from './faults.js';
import { brotliCompressSync, createBrotliCompress, createDeflate, createGzip, deflateSync, gzipSync } from 'node:zlib';

export interface EmulatorRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  /** The exact bytes received (the AK/SK verifier hashes them). */
  body: Buffer;
  text: string;
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown;
  url: URL;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as application/json. */
  json?: unknown;
  /** Sent as given (set content-type in headers). */
  text?: string;
}

export type Params = Record<string, string>;
export type Handler = (request: EmulatorRequest, params: Params) => EmulatorResponse | Promise<EmulatorResponse>;

/** One request as the server saw it, for tests that assert what went over the wire. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  search: string;
  headers: Record<string, string>;
  body: string;
  json: unknown;
}

export interface Fault {
  method?: string;
  /** Exact path, or a pattern matched against the path. */
  path: string | RegExp;
  status?: number;
  retryAfter?: string;
  /** Answer with an HTML page (an nginx or proxy error page). */
  html?: boolean;
  /** Answer with this body and content type instead of the route's. */
  body?: string;
  contentType?: string;
  /** Extra headers of a fault's answer, e.g. a content-encoding the body does not have. */
  headers?: Record<string, string>;
  latencyMs?: number;
  /** Close the socket without answering. */
  drop?: boolean;
  /** Replace `{n}` in `body` with the number of this answer (1, 2, ...): a fresh page token on every page. */
  numbered?: boolean;
  /** Answer with a body of this many bytes, generated as it is sent (the test process stays small). */
  bodyBytes?: number;
  /** Compress the answer (the route's or the fault's) whether or not the client asked for it. */
  encoding?: ContentEncoding;
  /** Send the headers at once, then one byte of body every this many milliseconds, never ending. */
  trickleMs?: number;
  /** Answer with the request as received (method, path, headers, body) in every usual error-message field. */
  echo?: boolean;
  /** How many requests the fault applies to; default every one. */
  times?: number;
}

export type ContentEncoding = 'gzip' | 'deflate' | 'br';

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

/** `/repository/:repo+/notification/:uuid` → a regex; `:name+` spans slashes, `:name` one segment. */
export function compilePattern(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      const match = /^:(\w+)(\+?)$/.exec(segment);
      if (!match) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(match[1]);
      return match[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { regex: new RegExp(`^${source}$`), names };
}

export const HTML_ERROR_PAGE = (status: number) =>
  `<html>\r\n<head><title>${status} Error</title></head>\r\n<body>\r\n<center><h1>${status} Error</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

export class Emulator {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[] = [];
  private readonly controlRoutes: Route[] = [];
  private faults: Array<Fault & { remaining: number; answered: number }> = [];
  private server?: Server;
  private resetHooks: Array<() => void> = [];
  /** Added before every platform answer (`POST /_emulator/latency`): a server far away, for benchmarks. */
  latencyMs = 0;
  url = '';
  /** Called with one line per answered request, like a web server's access log (`regnotify emulator` prints it). */
  accessLog?: (line: string) => void;

  route(method: string, pattern: string, handler: Handler): this {
    const { regex, names } = compilePattern(pattern);
    this.routes.push({ method: method.toUpperCase(), pattern: regex, names, handler });
    return this;
  }

  /** An extra `/_emulator/<pattern>` action for a platform (e.g. firing a delivery): not logged, never faulted. */
  controlRoute(method: string, pattern: string, handler: Handler): this {
    const { regex, names } = compilePattern(pattern);
    this.controlRoutes.push({ method: method.toUpperCase(), pattern: regex, names, handler });
    return this;
  }

  /** Platform state registers here so `reset()` brings everything back to the seed. */
  onReset(hook: () => void): void {
    this.resetHooks.push(hook);
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? Infinity, answered: 0 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  reset(): void {
    this.clearFaults();
    this.clearRequests();
    this.latencyMs = 0;
    for (const hook of this.resetHooks) hook();
  }

  /** Requests whose path starts with the prefix (all when omitted), without the emulator's own control calls. */
  requestsTo(prefix = ''): RecordedRequest[] {
    return this.requests.filter((request) => request.path.startsWith(prefix));
  }

  /** Serves plain HTTP, or HTTPS when given a key and certificate (self-hosted registries with private CAs). */
  async start(port = 0, host = '127.0.0.1', tls?: { key: string; cert: string }): Promise<string> {
    const listener = (request: IncomingMessage, response: ServerResponse) => {
      if (this.accessLog) logWhenAnswered(request, response, this.accessLog);
      this.handle(request, response).catch((error) => {
        if (!response.headersSent) {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(`emulator error: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    };
    this.server = tls ? createTlsServer(tls, listener) : createServer(listener);
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    const address = this.server.address() as AddressInfo;
    this.url = `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  private takeFault(method: string, path: string): (Fault & { answered: number }) | undefined {
    const fault = this.faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        (typeof candidate.path === 'string' ? candidate.path === path : candidate.path.test(path)),
    );
    if (fault) {
      fault.remaining--;
      fault.answered++;
    }
    return fault;
  }

  private async handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(incoming.url ?? '/', 'http://emulator.invalid');
    const headers = Object.fromEntries(
      Object.entries(incoming.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
    );
    const text = body.toString('utf8');
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const method = (incoming.method ?? 'GET').toUpperCase();
    const request: EmulatorRequest = { method, path: url.pathname, query: url.searchParams, headers, body, text, json, url };
    if (url.pathname.startsWith('/_emulator/')) return this.control(request, outgoing);
    this.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), search: url.search, headers, body: text, json });

    if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const fault = this.takeFault(method, url.pathname);
    if (fault?.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (fault?.drop) {
      incoming.socket.destroy();
      return;
    }
    const response = fault ? faultResponse(fault, request) : undefined;
    if (fault?.trickleMs !== undefined) return trickle(outgoing, fault.trickleMs);
    if (fault?.bodyBytes !== undefined) return streamGenerated(outgoing, response ?? { status: 200 }, fault.bodyBytes, fault.encoding);
    send(outgoing, response ?? (await this.dispatch(request)), fault?.encoding);
  }

  private async dispatch(request: EmulatorRequest): Promise<EmulatorResponse> {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(request.path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== request.method) continue;
      const params: Params = {};
      route.names.forEach((name, index) => (params[name] = decodeURIComponent(match[index + 1])));
      return route.handler(request, params);
    }
    if (pathMatched) return { status: 405, json: { message: 'The method is not allowed for the requested URL.' } };
    return { status: 404, headers: { 'content-type': 'text/html' }, text: HTML_ERROR_PAGE(404) };
  }

  /** Lets a process outside the test (a shell script, `regnotify emulator`) read the log and set faults. */
  private async control(request: EmulatorRequest, outgoing: ServerResponse): Promise<void> {
    const { method, url, json } = request;
    const action = url.pathname.slice('/_emulator/'.length);
    if (method === 'GET' && action === 'requests') return send(outgoing, { status: 200, json: this.requests });
    if (method === 'DELETE' && action === 'requests') {
      this.clearRequests();
      return send(outgoing, { status: 204 });
    }
    if (method === 'GET' && action === 'requests/count') return send(outgoing, { status: 200, json: countRequests(this.requests) });
    if (method === 'POST' && action === 'latency') {
      const parsed = parseLatency(request);
      if ('error' in parsed) return send(outgoing, { status: 400, json: { message: parsed.error } });
      this.latencyMs = parsed.ms;
      return send(outgoing, { status: 200, json: { ms: this.latencyMs } });
    }
    if (method === 'POST' && action === 'reset') {
      this.reset();
      return send(outgoing, { status: 204 });
    }
    if (method === 'POST' && action === 'faults') {
      const parsed = parseFault(json);
      if ('error' in parsed) return send(outgoing, { status: 400, json: { message: request.text && json === undefined ? 'invalid fault: the body is not JSON' : parsed.error } });
      this.inject(parsed.fault);
      return send(outgoing, { status: 204 });
    }
    if (method === 'DELETE' && action === 'faults') {
      this.clearFaults();
      return send(outgoing, { status: 204 });
    }
    for (const route of this.controlRoutes) {
      const match = route.pattern.exec(`/${action}`);
      if (!match || route.method !== method) continue;
      const params: Params = {};
      route.names.forEach((name, index) => (params[name] = decodeURIComponent(match[index + 1])));
      return send(outgoing, await route.handler(request, params));
    }
    send(outgoing, { status: 404, json: { message: `unknown emulator control ${method} ${url.pathname}` } });
  }
}

/** `GET /api/v1/repository?namespace=acme 200 3 ms`; a dropped connection shows as `-`. */
function logWhenAnswered(request: IncomingMessage, response: ServerResponse, log: (line: string) => void): void {
  const started = performance.now();
  const line = (status: string) => `${request.method ?? 'GET'} ${request.url ?? '/'} ${status} ${Math.round(performance.now() - started)} ms`;
  let logged = false;
  response.once('finish', () => {
    logged = true;
    log(line(String(response.statusCode)));
  });
  response.once('close', () => {
    if (!logged) log(line('-'));
  });
}

/** `{"total": 700, "byMethod": {"GET": 200, "POST": 500}}`: what a benchmark needs without the whole log. */
function countRequests(requests: readonly RecordedRequest[]): { total: number; byMethod: Record<string, number> } {
  const byMethod: Record<string, number> = {};
  for (const request of requests) byMethod[request.method] = (byMethod[request.method] ?? 0) + 1;
  return { total: requests.length, byMethod };
}

/** The body of `POST /_emulator/latency`: `{"ms": 20}`, a whole number of milliseconds up to a minute (0 turns it off). */
function parseLatency(request: EmulatorRequest): { ms: number } | { error: string } {
  const body = request.json as { ms?: unknown } | undefined;
  const keys = body && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : undefined;
  const ms = body?.ms;
  if (!keys || keys.length !== 1 || keys[0] !== 'ms' || typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > 60_000) {
    return { error: `invalid latency: ${request.text ? `${request.text.slice(0, 80)}` : 'empty body'} (allowed: {"ms": a whole number from 0 to 60000})` };
  }
  return { ms };
}

/** What a fault answers instead of the route, or undefined when it only delays, compresses or streams. */
function faultResponse(fault: Fault & { answered: number }, request: EmulatorRequest): EmulatorResponse | undefined {
  if (!fault.status) return undefined;
  const headers: Record<string, string> = { ...(fault.retryAfter !== undefined && { 'retry-after': fault.retryAfter }), ...fault.headers };
  if (fault.echo) {
    const echoed = JSON.stringify({ method: request.method, path: request.url.pathname + request.url.search, headers: request.headers, body: request.text });
    return { status: fault.status, headers, json: { message: echoed, error_message: echoed, detail: echoed, error_msg: echoed, error: echoed } };
  }
  if (fault.body !== undefined) {
    const body = fault.numbered ? fault.body.replaceAll('{n}', String(fault.answered)) : fault.body;
    return { status: fault.status, headers: { 'content-type': fault.contentType ?? 'text/plain', ...headers }, text: body };
  }
  if (fault.html) return { status: fault.status, headers: { 'content-type': 'text/html', ...headers }, text: HTML_ERROR_PAGE(fault.status) };
  if (fault.bodyBytes !== undefined) return { status: fault.status, headers: { 'content-type': fault.contentType ?? 'application/json', ...headers } };
  return { status: fault.status, headers, json: { message: `injected fault ${fault.status}` } };
}

function compressor(encoding: ContentEncoding): Transform {
  if (encoding === 'gzip') return createGzip();
  if (encoding === 'deflate') return createDeflate();
  return createBrotliCompress();
}

/** `size` bytes of a page that repeats (HTML for text/html, else a JSON array of filler strings), sent in chunks. */
function streamGenerated(outgoing: ServerResponse, response: EmulatorResponse, size: number, encoding?: ContentEncoding): void {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...response.headers };
  const html = /html/.test(headers['content-type']);
  const chunk = Buffer.from(html ? '<p>'.padEnd(65_532, 'x') + '</p>\n' : '"'.padEnd(65_534, 'x') + '",');
  const opening = Buffer.from(html ? '<html><body>\n' : '[');
  if (encoding) headers['content-encoding'] = encoding;
  else headers['content-length'] = String(size);
  outgoing.writeHead(response.status, headers);
  let left = size;
  const source = Readable.from(
    (function* () {
      const first = opening.subarray(0, Math.min(left, opening.length));
      left -= first.length;
      yield first;
      while (left > 0) {
        const piece = chunk.subarray(0, Math.min(left, chunk.length));
        left -= piece.length;
        yield piece;
      }
    })(),
  );
  const body = encoding ? source.pipe(compressor(encoding)) : source;
  // A client that stops reading (a size cap) closes the socket: nothing to report.
  pipeline(body, outgoing).catch(() => {});
}

/** A 200 whose JSON body never ends: a space every `everyMs` until the client goes away. */
function trickle(outgoing: ServerResponse, everyMs: number): void {
  outgoing.writeHead(200, { 'content-type': 'application/json' });
  outgoing.write('[');
  const timer = setInterval(() => outgoing.write(' '), everyMs);
  outgoing.on('close', () => clearInterval(timer));
}

function send(outgoing: ServerResponse, response: EmulatorResponse, encoding?: ContentEncoding): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload = '';
  if (response.json !== undefined) {
    payload = JSON.stringify(response.json);
    headers['content-type'] ??= 'application/json';
  } else if (response.text !== undefined) {
    payload = response.text;
  }
  const empty = response.status === 204 || response.status === 304;
  if (encoding && !empty) {
    headers['content-encoding'] = encoding;
    const compressed = encoding === 'gzip' ? gzipSync(payload) : encoding === 'deflate' ? deflateSync(payload) : brotliCompressSync(payload);
    outgoing.writeHead(response.status, headers);
    outgoing.end(compressed);
    return;
  }
  outgoing.writeHead(response.status, headers);
  outgoing.end(empty ? undefined : payload);
}
