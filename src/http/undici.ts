// The parts of undici this CLI uses, and nothing else. undici's index loads every feature it has (fetch, WebSocket,
// EventSource, caches, mocks, interceptors) on import: ~550 KB of bundle and a third of a request command's start-up.
// A deep path that moves in an undici release fails the build (esbuild cannot resolve it), never a run.
import { setFlagsFromString } from 'node:v8';
import type { Dispatcher } from 'undici';
import api from 'undici/lib/api/index.js';
import Agent from 'undici/lib/dispatcher/agent.js';
import DispatcherBase from 'undici/lib/dispatcher/dispatcher.js';

// undici parses HTTP with WebAssembly. Node 20's V8 compiles the whole module at once and then optimises it in
// background threads, which the process waits for before it may exit: ~100 ms and ~35 MB on every request command.
// The baseline compiler alone is plenty for a CLI's few responses. Node 22 and later compile WebAssembly lazily and
// gain nothing from the flag (measured). Set here, as undici loads (it compiles at the first connection), so a run
// that sends nothing never loads node:v8.
if (Number(process.versions.node.split('.')[0]) < 22) setFlagsFromString('--liftoff-only');

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
