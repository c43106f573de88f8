// The composition root: everything a command needs, built on first use so `--help` costs nothing.
// Tests build it over their own streams (runCli with memory streams) against the emulator.
import type { Dispatcher } from 'undici';
import { configDirectory } from '../config/paths.js';
import type { Profile } from '../config/profile.js';
import { connectionForProfile, resolveConnection, type Connection } from '../config/resolve.js';
import { ProfileStore } from '../config/store.js';
import { CancelledError, UsageError } from '../core/errors.js';
import { colorAllowed, envFlagSet, promptAllowed, type IOStreams } from '../core/io.js';
import { Output, type StepLines } from '../core/output.js';
import { NO_PROGRESS, progressAllowed, TerminalProgress, type Progress } from '../core/progress.js';
import { createRedactor, maskSecrets, MIN_EMBEDDED_SECRET_LENGTH, secretsOfEnv, secretsOfUrl, type Redactor, type SecretFields } from '../core/redact.js';
import { readSecretFromStdin } from '../core/stdin.js';
import { VERSION } from '../core/version.js';
import type { WritePlan } from '../http/dry-run.js';
import type { HttpClient } from '../http/transport.js';
import type { SignInSession } from '../platforms/descriptor.js';
import { DESCRIPTORS, descriptorOf, PLATFORMS, type Platform, type PlatformDescriptor } from '../platforms/index.js';
import type { PlatformHttpSetup, TlsSettings } from '../platforms/platform-http.js';
import type { Asker } from '../prompts/ask-missing.js';
import type { Prompter } from '../prompts/prompter.js';
import { resolveSettings, type GlobalFlags, type Settings } from './settings.js';

/** Credentials the environment may hold: redacted from every line regnotify prints. */
export const SECRET_VARIABLES: readonly string[] = [
  'REGNOTIFY_TOKEN',
  ...PLATFORMS.flatMap((name) => DESCRIPTORS[name].environment.filter((variable) => variable.secret).map((variable) => variable.name)),
];

export class Context {
  readonly settings: Settings;
  readonly output: Output;
  /** Spinner and retry lines for a person at a terminal; silent on pipes, in CI and with --verbose. */
  readonly progress: Progress;
  /** The report of the run's steps while one is open (see stepReport). */
  private steps?: StepLines;
  /** Credentials of the run: never printed. */
  private readonly secrets = new Set<string>();
  /** Secrets a platform stores and returns (hook secrets, Slack URLs): on stdout only with --show-secrets. */
  private readonly platformSecrets = new Set<string>();
  private redactor?: Redactor;
  private dataRedactor?: Redactor;
  private storeInstance?: ProfileStore;
  /** One keep-alive dispatcher per server origin and TLS settings: a second server never inherits the first's CA. */
  private readonly dispatchers = new Map<string, Promise<Dispatcher>>();
  /** Each "the API path was taken off the server URL" notice once per run. */
  private readonly serverNotices = new Set<string>();
  private prompterInstance?: Prompter;
  /** Set by --dry-run: the platform's writes are written down here instead of sent. */
  dryRun?: WritePlan;

  constructor(
    readonly io: IOStreams,
    readonly flags: GlobalFlags,
  ) {
    for (const secret of [...secretsOfEnv(io.env, SECRET_VARIABLES), ...secretsOfUrl(flags.server), ...secretsOfUrl(io.env.REGNOTIFY_SERVER)]) {
      this.addSecret(secret);
    }
    this.settings = resolveSettings(flags, io.env);
    // A line of the spinner's (a retry) goes where the steps of the run are, when a report of them is open (a bar
    // would otherwise be drawn over by it).
    const noticeLine = (line: string) => (this.steps ? this.steps.notice(line) : this.output.notice(line));
    this.progress = progressAllowed(io, this.settings.verbose) ? new TerminalProgress(io, noticeLine) : NO_PROGRESS;
    this.output = new Output(io, {
      format: this.settings.format,
      formatGiven: this.settings.formatGiven,
      quiet: this.settings.quiet,
      color: colorAllowed({ isTTY: io.stdoutIsTTY, env: io.env, colorFlag: this.settings.color }),
      errorColor: colorAllowed({ isTTY: io.stderrIsTTY, env: io.env, colorFlag: this.settings.color }),
      showSecrets: this.settings.showSecrets,
      redact: (text) => this.redact(text),
      redactData: (text) => this.redactData(text),
      secretFields: () => this.secretFields(),
      progress: this.progress,
    });
  }

  /** Work the output needs before the command runs: colours, and the --query expression, compiled (a bad one is exit 2). */
  async prepareOutput(): Promise<void> {
    await this.output.loadColours();
    if (this.flags.query === undefined || this.output.options.query) return;
    const { compileQuery } = await import('../core/query.js');
    this.output.options.query = await compileQuery(this.flags.query);
  }

  get env() {
    return this.io.env;
  }

  get store(): ProfileStore {
    this.storeInstance ??= new ProfileStore(configDirectory(this.io.env), { warn: (message) => this.output.warn(message) });
    return this.storeInstance;
  }

  /** True when a person can answer a question: terminals on both ends, no --no-input, no CI. */
  get canPrompt(): boolean {
    return promptAllowed(this.io, this.settings.noInput);
  }

  addSecret(secret: string | undefined): void {
    if (secret && !this.secrets.has(secret)) {
      this.secrets.add(secret);
      this.redactor = this.dataRedactor = undefined;
    }
  }

  /**
   * A secret the platform keeps and shows (a hook secret, a Slack URL): hidden like a credential, except that
   * --show-secrets lets it through on stdout.
   */
  addPlatformSecret(secret: string | undefined): void {
    if (secret && !this.platformSecrets.has(secret)) {
      this.platformSecrets.add(secret);
      this.redactor = this.dataRedactor = undefined;
    }
  }

  private secretFieldsInstance?: Promise<SecretFields[]>;

  /** Every platform's declared secret fields: they match only their own platform's objects, so all apply everywhere. */
  secretFields(): Promise<SecretFields[]> {
    this.secretFieldsInstance ??= Promise.all(PLATFORMS.map((name) => DESCRIPTORS[name].secretFields()));
    return this.secretFieldsInstance;
  }

  /** For lines on stderr (errors, warnings, traces): every secret the run knows, however short. */
  redact(text: string): string {
    this.redactor ??= createRedactor([...this.secrets, ...this.platformSecrets]);
    return this.redactor(text);
  }

  /** For data on stdout: platform secrets stay with --show-secrets; credentials never do. */
  redactData(text: string): string {
    const secrets = this.settings.showSecrets ? [...this.secrets] : [...this.secrets, ...this.platformSecrets];
    this.dataRedactor ??= createRedactor(secrets, { minLength: MIN_EMBEDDED_SECRET_LENGTH, queryValues: false });
    return this.dataRedactor(text);
  }

  async prompter(): Promise<Prompter> {
    if (!this.prompterInstance) {
      const { createPrompter } = await import('../prompts/prompter.js');
      this.prompterInstance = createPrompter(this.io);
    }
    return this.prompterInstance;
  }

  /** What turned questions off although a terminal may be there (--no-input, CI, REGNOTIFY_NO_INPUT); undefined when nothing did. */
  questionsTurnedOff(): string | undefined {
    if (this.settings.noInput) return '--no-input was given';
    if (envFlagSet(this.io.env.CI)) return 'CI is set';
    if (envFlagSet(this.io.env.REGNOTIFY_NO_INPUT)) return 'REGNOTIFY_NO_INPUT is set';
    return undefined;
  }

  /** Why no question can be asked, in the words of what the person did: a terminal with --no-input is still a terminal. */
  whyNoQuestions(): string {
    return this.questionsTurnedOff() ?? 'not running in a terminal';
  }

  /** The prompter and whether it may be used: what the ask-for-missing helpers need. */
  get asker(): Asker {
    return { canPrompt: this.canPrompt, turnedOff: this.questionsTurnedOff(), prompter: () => this.prompter(), notice: (message) => this.output.notice(message) };
  }

  /**
   * Asks on a terminal; otherwise only --yes goes ahead. A "no" is exit 1 ("cancelled"), never a quiet success.
   * With `typed`, the person types that text instead of y (for what cannot be undone, e.g. a repository's tags).
   */
  async confirm(question: string, refusal: string, options: { nothing?: string; typed?: string } = {}): Promise<void> {
    // A dry run changes nothing, so there is nothing to confirm.
    if (this.settings.yes || this.dryRun) return;
    if (!this.canPrompt) throw new UsageError(`${refusal} needs confirmation (${this.whyNoQuestions()})`, { hint: 'pass --yes to confirm' });
    const prompter = await this.prompter();
    const agreed = options.typed
      ? (await prompter.input(`${question} Type ${options.typed} to confirm`)).trim() === options.typed
      : await prompter.confirm(question, false);
    if (!agreed) throw new CancelledError(`cancelled. ${options.nothing ?? 'Nothing deleted.'}`);
  }

  /** The connection of the platform; `profile` picks a profile by name as --profile would (declarative targets). */
  async connection(platform: Platform, profile?: string): Promise<Connection> {
    const data = await this.store.read();
    const connection = await resolveConnection(platform, profile === undefined ? this.flags : { ...this.flags, profile, profileSource: 'profile (in the file)' }, this.io.env, data);
    this.addConnectionSecrets(connection);
    if (connection.serverNotice && !this.serverNotices.has(connection.serverNotice)) {
      this.serverNotices.add(connection.serverNotice);
      this.output.notice(connection.serverNotice);
    }
    return connection;
  }

  private addConnectionSecrets(connection: Connection): void {
    const known = [connection.token, connection.profile?.secretKey, connection.profile?.accessKey, connection.profile?.password];
    for (const secret of [...known, ...secretsOfUrl(connection.server)]) this.addSecret(secret);
  }

  private dispatcher(origin: string, tls: TlsSettings): Promise<Dispatcher> {
    const key = JSON.stringify([origin, tls.caFile ?? null, Boolean(tls.insecure)]);
    let dispatcher = this.dispatchers.get(key);
    if (!dispatcher) {
      dispatcher = import('../http/dispatcher.js').then(({ createDispatcher }) => {
        if (tls.insecure) this.output.warn('TLS certificate verification is off (--insecure): the connection can be intercepted');
        return createDispatcher(this.io.env, { caFile: tls.caFile, insecure: tls.insecure });
      });
      this.dispatchers.set(key, dispatcher);
    }
    return dispatcher;
  }

  /**
   * How the steps of a long run are reported: a bar for a person at a terminal (the spinner gives way to it for the
   * rest of the run: both would draw on the same line), else a line each.
   */
  async stepReport(total: number, label: string): Promise<StepLines> {
    if (this.progress === NO_PROGRESS) return this.output.stepLines();
    this.progress.stop();
    const steps = await this.output.stepBar(total, label);
    this.steps = steps;
    return {
      ...steps,
      end: () => {
        this.steps = undefined;
        steps.end();
      },
    };
  }

  /**
   * Lets go of what the run opened: the keep-alive sockets. A process exits past them anyway, but a program run
   * in-process (tests, or another program embedding runCli) would otherwise keep them open for their idle timeout.
   */
  async close(): Promise<void> {
    this.progress.stop();
    const dispatchers = [...this.dispatchers.values()];
    this.dispatchers.clear();
    // destroy, not close: a response whose body nobody read would make close() wait for it. undici would make an
    // error to destroy with, whose stack trace something then formats: V8 first counts the lines of the whole bundle
    // for it (~4% of a request command's start-up). One whose stack is already written costs nothing.
    const reason = Object.assign(new Error('regnotify closed its connections'), { stack: 'regnotify closed its connections' });
    await Promise.all(dispatchers.map(async (pending) => (await pending.catch(() => undefined))?.destroy(reason).catch(() => {})));
  }

  /** An HTTP client for the platform, with the resolved server, credentials and transport settings. */
  async http(platform: Platform, options: { anonymous?: boolean; connection?: Connection } = {}): Promise<HttpClient> {
    const connection = options.connection ?? (await this.connection(platform));
    const platformHttp = await descriptorOf(platform).http();
    const setup = await platformHttp.prepare({
      connection,
      env: this.io.env,
      configDirectory: this.store.directory,
      addSecret: (secret) => this.addSecret(secret),
      warn: (message) => this.output.warn(message),
      anonymous: Boolean(options.anonymous),
      client: (other) => this.client(other, connection),
    });
    // Only the platform's own client holds writes back: sign-ins (IAM's token POST) go through `client` and still happen.
    const plan = options.anonymous ? undefined : this.dryRun;
    return this.client(setup, connection, plan);
  }

  /** The platform's typed client (QuayClient, AlaudaClient, ...) over the resolved connection. */
  async api<Client>(descriptor: PlatformDescriptor<Client>): Promise<Client> {
    const http = await this.http(descriptor.name as Platform);
    return descriptor.createClient(http);
  }

  /** The connection of a profile not stored yet, with its secrets registered for redaction. */
  connectionFor(profile: Profile): Connection {
    const connection = connectionForProfile(profile, this.flags, this.io.env);
    this.addConnectionSecrets(connection);
    return connection;
  }

  /** What a platform's sign-in may use of this run. */
  signInSession(): SignInSession {
    return {
      env: this.io.env,
      canPrompt: this.canPrompt,
      whyNoQuestions: this.whyNoQuestions(),
      configDirectory: this.store.directory,
      prompter: () => this.prompter(),
      readStdinSecret: (flag) => readSecretFromStdin(this.io.in, flag),
      addSecret: (secret) => this.addSecret(secret),
      success: (message) => this.output.success(message),
      http: (profile, options = {}) => this.http(profile.platform, { ...options, connection: this.connectionFor(profile) }),
      client: (setup, tls) => this.client(setup, tls),
    };
  }

  /**
   * A client over the run's transport settings for a base URL and credentials the caller picks,
   * e.g. the CodeArts IAM endpoint that exchanges a password for a token.
   */
  async client(setup: PlatformHttpSetup, tls: TlsSettings, dryRun?: WritePlan): Promise<HttpClient> {
    const [{ HttpClient }, dispatcher, fields] = await Promise.all([
      import('../http/transport.js'),
      this.dispatcher(new URL(setup.baseUrl).origin, tls),
      // Only a --verbose trace and a dry run show request bodies.
      this.settings.verbose || this.dryRun ? this.secretFields() : [],
    ]);
    return new HttpClient({
      ...setup,
      dispatcher,
      userAgent: `regnotify/${VERSION}`,
      timeoutMs: this.settings.timeoutMs,
      retries: this.settings.retries,
      redact: (text) => this.redact(text),
      maskBody: (body) => maskSecrets(body, fields),
      trace: this.settings.verbose ? (line) => this.output.trace(line) : undefined,
      warn: (message) => this.output.warn(message),
      caFile: tls.caFile,
      progress: this.progress,
      holdWrite: dryRun && ((request) => dryRun.hold(request)),
    });
  }
}
