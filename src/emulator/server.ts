// A real HTTP server on 127.0.0.1 that the platform modules fill with routes; tests read its request log
// and switch on faults per route (latency, status codes with or without Retry-After, HTML pages, dropped connections).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

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
  latencyMs?: number;
  /** Close the socket without answering. */
  drop?: boolean;
  /** How many requests the fault applies to; default every one. */
  times?: number;
}

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
  private faults: Array<Fault & { remaining: number }> = [];
  private server?: Server;
  private resetHooks: Array<() => void> = [];
  url = '';

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
    this.faults.push({ ...fault, remaining: fault.times ?? Infinity });
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
    for (const hook of this.resetHooks) hook();
  }

  /** Requests whose path starts with the prefix (all when omitted), without the emulator's own control calls. */
  requestsTo(prefix = ''): RecordedRequest[] {
    return this.requests.filter((request) => request.path.startsWith(prefix));
  }

  /** Serves plain HTTP, or HTTPS when given a key and certificate (self-hosted registries with private CAs). */
  async start(port = 0, host = '127.0.0.1', tls?: { key: string; cert: string }): Promise<string> {
    const listener = (request: IncomingMessage, response: ServerResponse) => {
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

  private takeFault(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        (typeof candidate.path === 'string' ? candidate.path === path : candidate.path.test(path)),
    );
    if (fault) fault.remaining--;
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

    const fault = this.takeFault(method, url.pathname);
    if (fault?.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (fault?.drop) {
      incoming.socket.destroy();
      return;
    }
    if (fault?.status) {
      const faultHeaders: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {};
      if (fault.body !== undefined) {
        return send(outgoing, { status: fault.status, headers: { 'content-type': fault.contentType ?? 'text/plain', ...faultHeaders }, text: fault.body });
      }
      if (fault.html) {
        return send(outgoing, { status: fault.status, headers: { 'content-type': 'text/html', ...faultHeaders }, text: HTML_ERROR_PAGE(fault.status) });
      }
      return send(outgoing, { status: fault.status, headers: faultHeaders, json: { message: `injected fault ${fault.status}` } });
    }
    send(outgoing, await this.dispatch(request));
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
    if (method === 'POST' && action === 'reset') {
      this.reset();
      return send(outgoing, { status: 204 });
    }
    if (method === 'POST' && action === 'faults' && json && typeof json === 'object') {
      const fault = json as Fault & { pathPattern?: string };
      this.inject({ ...fault, path: fault.pathPattern ? new RegExp(fault.pathPattern) : fault.path });
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

function send(outgoing: ServerResponse, response: EmulatorResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload = '';
  if (response.json !== undefined) {
    payload = JSON.stringify(response.json);
    headers['content-type'] ??= 'application/json';
  } else if (response.text !== undefined) {
    payload = response.text;
  }
  outgoing.writeHead(response.status, headers);
  outgoing.end(response.status === 204 || response.status === 304 ? undefined : payload);
}
