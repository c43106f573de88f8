// What makes a platform a platform, in one object: everything outside src/platforms/<p>/ reads these
// descriptors instead of switching on a name. Heavy parts (clients, schemas, emulator) load lazily.
import type { Profile } from '../config/profile.js';
import type { Env } from '../core/io.js';
import type { SecretFields } from '../core/redact.js';
import type { HttpClient } from '../http/transport.js';
import type { Prompter } from '../prompts/prompter.js';
import type { ApiPages } from './api-pages.js';
import type { PlatformHttp, PlatformHttpSetup, TlsSettings } from './platform-http.js';

export interface EnvironmentVariable {
  name: string;
  description: string;
  /** A credential: redacted from every line regnotify prints. */
  secret?: boolean;
}

/** Flags of `profile add` (and answers of the setup wizard) that carry credentials or profile fields. */
export interface CredentialOptions {
  tokenStdin?: boolean;
  username?: string;
  passwordStdin?: boolean;
  domain?: string;
  region?: string;
  iamEndpoint?: string;
  /** CodeArts: the IAM project id, sent as X-Project-Id. */
  projectId?: string;
  savePassword?: boolean;
  accessKey?: string;
  secretKeyStdin?: boolean;
  /** Given directly by the setup wizard, which asks for it hidden; flags never carry it. */
  password?: string;
  /** Given directly by the setup wizard; flags never carry it. */
  secretKey?: string;
}

export type CredentialFlag = Exclude<keyof CredentialOptions, 'password' | 'secretKey' | 'tokenStdin' | 'region'>;

/** A profile field of the platform's own, beyond the server and TLS settings every profile has (`profile add`, `profile set`). */
export type PlatformSetting = 'namespace' | 'region' | 'projectId';

/** One question of the setup wizard; `key` names the profile field or credential option it fills. */
export interface SetupQuestion {
  key: 'token' | 'namespace' | 'username' | 'domain' | 'password' | 'accessKey' | 'secretKey' | 'savePassword' | 'projectId' | 'iamEndpoint';
  message: string;
  kind: 'input' | 'secret' | 'confirm';
  optional?: boolean;
  /** Asked only when the person entered a server URL of their own (the platform's defaults do not fit it). */
  onlyForOtherServer?: boolean;
}

/** A way to authenticate: the wizard offers each, `profile add` accepts the flags of each. */
export interface AuthKind {
  name: 'token' | 'password' | 'aksk';
  /** The wizard's choice. */
  label: string;
  flags: readonly CredentialFlag[];
  questions: readonly SetupQuestion[];
}

/** What a sign-in needs from the run, without knowing the command layer. */
export interface SignInSession {
  readonly env: Env;
  readonly canPrompt: boolean;
  /** Why canPrompt is false, in the words of what the person did (`--no-input was given`, `not running in a terminal`). */
  readonly whyNoQuestions: string;
  readonly configDirectory: string;
  prompter(): Promise<Prompter>;
  readStdinSecret(flag: string): Promise<string>;
  addSecret(secret: string | undefined): void;
  success(message: string): void;
  /** A client of this platform for a profile not stored yet (its server and TLS settings). */
  http(profile: Profile, options?: { anonymous?: boolean }): Promise<HttpClient>;
  /** A client for another base URL over the profile's TLS settings (e.g. an IAM endpoint). */
  client(setup: PlatformHttpSetup, tls: TlsSettings): Promise<HttpClient>;
}

/** Turns credential flags or answers into the profile fields to store (a password becomes a token, ...). */
export type CredentialAcquirer = (session: SignInSession, options: CredentialOptions, profile: Profile) => Promise<Partial<Profile>>;

/** One server the wizard offers; `other` asks for a URL (and, for some platforms, a region). */
export interface ServerChoice {
  name: string;
  server?: string;
  region?: string;
  other?: boolean;
}

export interface ServerSetup {
  question: string;
  choices(): Promise<ServerChoice[]>;
  /** Asked when `other` is picked. */
  otherUrlQuestion: string;
  /** Asked after another URL, when sign-in needs a region too. */
  otherRegionQuestion?: string;
}

/** The catalog as `regnotify events` shows it: one object for tools, rows for people. */
export interface CatalogView {
  object(): Record<string, unknown>;
  rows(): Array<{ kind: string; name: string; description: string; keys?: string }>;
}

export interface PlatformDescriptor<Client = unknown> {
  name: string;
  /** How people call it: "Red Hat Quay". */
  label: string;
  /** What the client adds to the server URL: "/api/v1". */
  apiPrefix: string;
  /** Used when neither flag, environment nor profile names a server. */
  defaultServer?: string;
  /** Example server URL for help texts. */
  exampleServer: string;
  /** Environment variables this platform reads beyond the common ones. */
  environment: readonly EnvironmentVariable[];
  authKinds: readonly AuthKind[];
  /** The profile fields only this platform takes; another platform's is exit 2. */
  profileSettings: readonly PlatformSetting[];
  /** The wizard's question when there is more than one way to authenticate. */
  authQuestion: string;
  servers: ServerSetup;
  /** What to run after setting up a profile. */
  nextStep: string;
  http(): Promise<PlatformHttp>;
  /** The request headers its authentication sets: `regnotify api -H` refuses them (they would be overwritten). */
  credentialHeaders: readonly string[];
  /** How `regnotify api --paginate` reads its lists page by page. */
  apiPages(): Promise<ApiPages>;
  createClient(http: HttpClient): Promise<Client>;
  /** One cheap authenticated call; says who the credentials belong to. */
  verify(http: HttpClient): Promise<string>;
  /** Sign-ins beyond a plain token (password → token, AK/SK); none for token-only platforms. */
  credentials?(): Promise<CredentialAcquirer>;
  catalog(): Promise<CatalogView>;
  /** Where this platform's objects hold secrets (declared in its catalog): masked in every output and format. */
  secretFields(): Promise<SecretFields>;
  /** Installs this platform's routes on the local emulator. */
  emulator(): Promise<(emulator: import('../emulator/server.js').Emulator, credentials: import('../emulator/credentials.js').EmulatorCredentials) => void>;
}
