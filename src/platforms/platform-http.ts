// What each platform adds to the shared transport: its API prefix, its credentials, its error shape.
import type { Dispatcher } from 'undici';
import type { Connection } from '../config/resolve.js';
import type { ProfileStore } from '../config/store.js';
import type { Env } from '../core/io.js';
import type { Platform } from '../config/platforms.js';
import type { HttpClient, HttpClientOptions } from '../http/transport.js';

export interface PlatformHttpInput {
  connection: Connection;
  env: Env;
  store: ProfileStore;
  dispatcher: Dispatcher;
  /** Registers a secret learned at run time (e.g. a fresh IAM token) so it is redacted everywhere. */
  addSecret: (secret: string | undefined) => void;
  warn: (message: string) => void;
  /** No credentials wanted (e.g. the call that exchanges a password for a token). */
  anonymous: boolean;
  /** Another client over the same transport settings, for a second host (e.g. an IAM endpoint). */
  client: (setup: PlatformHttpSetup) => Promise<HttpClient>;
}

export type PlatformHttpSetup = Pick<HttpClientOptions, 'baseUrl' | 'authenticate' | 'describeError' | 'authHint'>;

export interface PlatformHttp {
  prepare(input: PlatformHttpInput): Promise<PlatformHttpSetup>;
}

export async function loadPlatformHttp(platform: Platform): Promise<PlatformHttp> {
  switch (platform) {
    case 'quay':
      return (await import('./quay/http.js')).quayHttp;
    case 'alauda':
      return (await import('./alauda/http.js')).alaudaHttp;
    case 'codearts':
      return (await import('./codearts/http.js')).codeartsHttp;
  }
}
