// A tiny webhook receiver for the demo and the tests. It listens on 127.0.0.2 (Linux routes all of 127/8 to the
// loopback) or else on [::1], because Quay, and so the catalog, refuses webhooks to localhost and 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  json: unknown;
}

export interface Receiver {
  /** Base URL, e.g. http://127.0.0.2:40123 or http://[::1]:40123. */
  url: string;
  readonly received: ReceivedRequest[];
  /** Status code answered from now on (default 200). */
  status: number;
  /** Resolves with the next request (or one already received and not yet taken), rejects after timeoutMs. */
  next(timeoutMs?: number): Promise<ReceivedRequest>;
  stop(): Promise<void>;
}

const HOSTS = ['127.0.0.2', '::1'];

function listen(server: Server, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const waiting: Array<(request: ReceivedRequest) => void> = [];
  let taken = 0;
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const headers = Object.fromEntries(Object.entries(incoming.headers).map(([name, value]) => [name, String(value)]));
      received.push({ method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers, body, json });
      outgoing.writeHead(receiver.status, { 'content-type': 'text/plain' });
      outgoing.end(receiver.status < 300 ? 'ok' : 'refused');
      waiting.shift()?.(received[taken++]);
    });
  });
  let host: string | undefined;
  for (const candidate of HOSTS) {
    try {
      await listen(server, candidate);
      host = candidate;
      break;
    } catch {
      // 127.0.0.2 is not routed on every system (macOS); try the next address.
    }
  }
  if (!host) throw new Error(`cannot listen on ${HOSTS.join(' or ')} for the webhook receiver`);
  const { port } = server.address() as AddressInfo;
  const receiver: Receiver = {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    received,
    status: 200,
    next(timeoutMs = 10_000) {
      if (taken < received.length) return Promise.resolve(received[taken++]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(deliver), 1);
          reject(new Error(`no webhook request within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        const deliver = (request: ReceivedRequest) => {
          clearTimeout(timer);
          resolve(request);
        };
        waiting.push(deliver);
      });
    },
    stop() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return receiver;
}
