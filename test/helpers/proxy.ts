// A real forward proxy on 127.0.0.1 (CONNECT tunnels and absolute-form requests) that records what passed through.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface TestProxy {
  url: string;
  seen: Array<{ method: string; target: string }>;
  close(): Promise<void>;
}

export async function startProxy(): Promise<TestProxy> {
  const seen: TestProxy['seen'] = [];
  const server: Server = createServer((incoming, outgoing) => {
    seen.push({ method: incoming.method ?? '', target: incoming.url ?? '' });
    const target = new URL(incoming.url ?? '');
    const forward = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  server.on('connect', (incoming, clientSocket, head) => {
    seen.push({ method: 'CONNECT', target: incoming.url ?? '' });
    const [host, port] = (incoming.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    upstream.on('error', () => clientSocket.destroy());
    clientSocket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
