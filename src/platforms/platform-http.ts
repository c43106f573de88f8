// What each platform adds to the shared transport: its API prefix, its credentials, its error shape.
import type { Connection } from '../config/resolve.js';
import type { Env } from '../core/io.js';
import type { HttpClient, HttpClientOptions } from '../http/transport.js';

export type { TlsSettings } from '../http/dispatcher.js';

export interface PlatformHttpInput {
  connection: Connection;
  env: Env;
  /** Where cached tokens live (next to the profiles). */
  configDirectory: string;
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
