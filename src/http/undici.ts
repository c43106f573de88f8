// The parts of undici this CLI uses, and nothing else. undici's index loads every feature it has (fetch, WebSocket,
// EventSource, caches, mocks, interceptors) on import: ~550 KB of bundle and a third of a request command's start-up.
// A deep path that moves in an undici release fails the build (esbuild cannot resolve it), never a run.
import type { Dispatcher } from 'undici';
import api from 'undici/lib/api/index.js';
import Agent from 'undici/lib/dispatcher/agent.js';
import DispatcherBase from 'undici/lib/dispatcher/dispatcher.js';

// Its WebAssembly HTTP parser gets V8's baseline compiler only on Node 20 (src/http/webassembly-baseline.ts).

// What undici's index does first: every dispatcher gets request(), connect(), ... (its proxy agent calls connect()).
Object.assign(DispatcherBase.prototype, api);

export { Agent };
export type { Dispatcher };

/** Only with a proxy: undici's proxy agents bring SOCKS5 and parts of fetch with them. */
export async function loadEnvHttpProxyAgent(): Promise<typeof import('undici').EnvHttpProxyAgent> {
  return (await import('undici/lib/dispatcher/env-http-proxy-agent.js')).default;
}

/** undici's `request(url, options)`: the same split of the URL into origin and path that its index does. */
export function request(url: URL, options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher }): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  return dispatcher.request({ ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
}
