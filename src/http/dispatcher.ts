// One keep-alive dispatcher per process: direct, or through HTTPS_PROXY/HTTP_PROXY unless NO_PROXY says otherwise.
import { Agent, loadEnvHttpProxyAgent, type Dispatcher } from './undici.js';
import { readCaFile } from './ca-file.js';
import type { Env } from '../core/io.js';

export interface TlsSettings {
  caFile?: string;
  insecure?: boolean;
}

async function tlsOptions(settings: TlsSettings): Promise<{ ca?: string[]; rejectUnauthorized?: boolean }> {
  const options: { ca?: string[]; rejectUnauthorized?: boolean } = {};
  if (settings.caFile) {
    const pem = readCaFile(settings.caFile);
    // Keep the public roots: a private CA is added, not substituted. (node:tls loads here: a plain-HTTP run needs none.)
    const { rootCertificates } = await import('node:tls');
    options.ca = [...rootCertificates, pem];
  }
  if (settings.insecure) options.rejectUnauthorized = false;
  return options;
}

function proxyVariable(env: Env, name: string): string {
  return env[name.toLowerCase()] ?? env[name] ?? '';
}

export async function createDispatcher(env: Env, settings: TlsSettings): Promise<Dispatcher> {
  // HTTP/1.1 only: never `allowH2`, the bundle leaves node:http2 out of undici (scripts/build.mjs).
  const connect = { ...(await tlsOptions(settings)), keepAlive: true };
  const httpsProxy = proxyVariable(env, 'HTTPS_PROXY');
  const httpProxy = proxyVariable(env, 'HTTP_PROXY');
  if (!httpsProxy && !httpProxy) return new Agent({ connect, keepAliveTimeout: 10_000 });
  const EnvHttpProxyAgent = await loadEnvHttpProxyAgent();
  return new EnvHttpProxyAgent({
    httpProxy,
    httpsProxy,
    noProxy: proxyVariable(env, 'NO_PROXY'),
    connect,
    requestTls: connect,
  });
}
