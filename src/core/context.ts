// Everything a command needs, built on first use so `--help` costs nothing; tests build it over their own streams.
import type { Dispatcher } from 'undici';
import { configDirectory } from '../config/paths.js';
import type { Platform } from '../config/platforms.js';
import { resolveConnection, resolveSettings, type Connection, type GlobalFlags, type Settings } from '../config/resolve.js';
import { ProfileStore } from '../config/store.js';
import type { HttpClient } from '../http/transport.js';
import type { PlatformHttpSetup } from '../platforms/platform-http.js';
import type { Prompter } from '../prompts/prompter.js';
import { UsageError } from './errors.js';
import { colorAllowed, promptAllowed, type IOStreams } from './io.js';
import { Output } from './output.js';
import { createRedactor, secretsOfEnv, secretsOfUrl, type Redactor } from './redact.js';
import { VERSION } from './version.js';

export class Context {
  readonly settings: Settings;
  readonly output: Output;
  private readonly secrets = new Set<string>();
  private redactor?: Redactor;
  private storeInstance?: ProfileStore;
  private dispatcherInstance?: Dispatcher;
  private prompterInstance?: Prompter;

  constructor(
    readonly io: IOStreams,
    readonly flags: GlobalFlags,
  ) {
    for (const secret of [...secretsOfEnv(io.env), ...secretsOfUrl(flags.server), ...secretsOfUrl(io.env.REGNOTIFY_SERVER)]) this.addSecret(secret);
    this.settings = resolveSettings(flags, io.env);
    this.output = new Output(io, {
      format: this.settings.format,
      quiet: this.settings.quiet,
      color: colorAllowed({ isTTY: io.stdoutIsTTY, env: io.env, colorFlag: this.settings.color }),
      errorColor: colorAllowed({ isTTY: io.stderrIsTTY, env: io.env, colorFlag: this.settings.color }),
      showSecrets: this.settings.showSecrets,
    });
  }

  get env() {
    return this.io.env;
  }

  get store(): ProfileStore {
    this.storeInstance ??= new ProfileStore(configDirectory(this.io.env));
    return this.storeInstance;
  }

  /** True when a person can answer a question: terminals on both ends, no --no-input, no CI. */
  get canPrompt(): boolean {
    return promptAllowed(this.io, this.settings.noInput);
  }

  addSecret(secret: string | undefined): void {
    if (secret && !this.secrets.has(secret)) {
      this.secrets.add(secret);
      this.redactor = undefined;
    }
  }

  redact(text: string): string {
    this.redactor ??= createRedactor([...this.secrets]);
    return this.redactor(text);
  }

  async prompter(): Promise<Prompter> {
    if (!this.prompterInstance) {
      const { createPrompter } = await import('../prompts/prompter.js');
      this.prompterInstance = createPrompter(this.io);
    }
    return this.prompterInstance;
  }

  /** Asks on a terminal; otherwise only --yes goes ahead. Returns false when the person says no. */
  async confirm(question: string, refusal: string): Promise<boolean> {
    if (this.settings.yes) return true;
    if (!this.canPrompt) throw new UsageError(`${refusal} needs confirmation (not running in a terminal)`, { hint: 'pass --yes to confirm' });
    return (await this.prompter()).confirm(question, false);
  }

  async connection(platform: Platform): Promise<Connection> {
    const data = await this.store.read();
    const connection = resolveConnection(platform, this.flags, this.io.env, data);
    const known = [connection.token, connection.profile?.secretKey, connection.profile?.accessKey, connection.profile?.password];
    for (const secret of [...known, ...secretsOfUrl(connection.server)]) {
      this.addSecret(secret);
    }
    return connection;
  }

  private async dispatcher(connection: Pick<Connection, 'caFile' | 'insecure'>): Promise<Dispatcher> {
    if (!this.dispatcherInstance) {
      const { createDispatcher } = await import('../http/dispatcher.js');
      if (connection.insecure) this.output.warn('TLS certificate verification is off (--insecure): the connection can be intercepted');
      this.dispatcherInstance = createDispatcher(this.io.env, { caFile: connection.caFile, insecure: connection.insecure });
    }
    return this.dispatcherInstance;
  }

  /**
   * Lets go of what the run opened: the keep-alive sockets. A process exits past them anyway, but a program run
   * in-process (tests, or another program embedding runCli) would otherwise keep them open for their idle timeout.
   */
  async close(): Promise<void> {
    const dispatcher = this.dispatcherInstance;
    this.dispatcherInstance = undefined;
    // destroy, not close: a response whose body nobody read would make close() wait for it.
    await dispatcher?.destroy();
  }

  /** An HTTP client for the platform, with the resolved server, credentials and transport settings. */
  async http(platform: Platform, options: { anonymous?: boolean; connection?: Connection } = {}): Promise<HttpClient> {
    const connection = options.connection ?? (await this.connection(platform));
    const { loadPlatformHttp } = await import('../platforms/platform-http.js');
    const dispatcher = await this.dispatcher(connection);
    const platformHttp = await loadPlatformHttp(platform);
    const setup = await platformHttp.prepare({
      connection,
      env: this.io.env,
      store: this.store,
      dispatcher,
      addSecret: (secret) => this.addSecret(secret),
      warn: (message) => this.output.warn(message),
      anonymous: Boolean(options.anonymous),
      client: (other) => this.client(other, connection),
    });
    return this.client(setup, connection);
  }

  /**
   * A client over the same transport settings for a base URL and credentials the caller picks,
   * e.g. the CodeArts IAM endpoint that exchanges a password for a token.
   */
  async client(setup: PlatformHttpSetup, transport: Pick<Connection, 'caFile' | 'insecure'>): Promise<HttpClient> {
    const { HttpClient } = await import('../http/transport.js');
    const dispatcher = await this.dispatcher(transport);
    return new HttpClient({
      ...setup,
      dispatcher,
      userAgent: `regnotify/${VERSION}`,
      timeoutMs: this.settings.timeoutMs,
      retries: this.settings.retries,
      redact: (text) => this.redact(text),
      trace: this.settings.verbose ? (line) => this.io.err.write(`${this.redact(line)}\n`) : undefined,
      warn: (message) => this.output.warn(message),
    });
  }
}
