// The one table of Quay notification facts. Client validation, help text, completions, the wizard,
// `regnotify events`, sample payloads and the emulator's server-side checks all read it.
// Sources: quay/quay notifications/notificationevent.py, notifications/notificationmethod.py,
// util/jsontemplate.py and the two web UIs (static/js/services/external-notification-data.js,
// web/src/hooks/UseEvents.tsx); summarised in docs/platforms/quay.md, "Events and methods".

import { UsageError } from '../../core/errors.js';
import { describeChoice } from '../../core/suggest.js';
import type { NotificationCreateBody } from './schemas.js';

export type JsonObject = Record<string, unknown>;

export interface ConfigKey {
  readonly key: string;
  /** One line, shown in help, `regnotify events` and the wizard. */
  readonly description: string;
  readonly required: boolean;
  /** Filled in by regnotify from other keys; accepted on input so an exported config applies again. Never prompted for. */
  readonly derived?: boolean;
}

export interface MethodConfigKey extends ConfigKey {
  /** Quay's exact 400 message when the key is absent or empty. */
  readonly missingMessage?: string;
}

export interface QuayEvent {
  readonly name: string;
  readonly description: string;
  readonly eventConfigKeys: readonly ConfigKey[];
  /** Checks the values (keys are already checked) and returns the event config as it goes on the wire. */
  readonly normalizeEventConfig?: (eventConfig: JsonObject) => JsonObject;
  /** Fields Quay's test notification adds to the base repository payload. */
  readonly sample: (eventConfig: JsonObject, now: Date) => JsonObject;
  /** Appended to the payload's `homepage` (build events link to the build). */
  readonly sampleSubpage?: string;
}

export interface NormalizedConfig {
  config: JsonObject;
  warnings: string[];
}

export interface QuayMethod {
  readonly name: string;
  readonly description: string;
  readonly configKeys: readonly MethodConfigKey[];
  /** Client-side rules, stricter than Quay's: checks the values and returns the config as it goes on the wire. */
  readonly normalizeConfig: (config: JsonObject) => NormalizedConfig;
  /** Quay's own validate() after the missing-key checks: its 400 message, if any. */
  readonly serverCheck?: (config: JsonObject) => string | undefined;
}

// ---------------------------------------------------------------------------------------------
// Vulnerability severities

/** Quay's severity names; the position is the `level` Quay stores (0 = Critical … 5 = Unknown). */
export const QUAY_SEVERITIES = ['Critical', 'High', 'Medium', 'Low', 'Negligible', 'Unknown'] as const;
export type QuaySeverity = (typeof QUAY_SEVERITIES)[number];

export const severityNames: readonly string[] = QUAY_SEVERITIES.map((severity) => severity.toLowerCase());

const LEVEL_HINT = 'use a severity name or a level number from 0 (critical) to 5 (unknown)';

/** A level number (0–5, also as text) or a severity name in any case → the level number. */
export function parseSeverityLevel(value: unknown): number {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value.trim()))) {
    const level = Number(value);
    if (Number.isInteger(level) && level >= 0 && level < QUAY_SEVERITIES.length) return level;
    throw new UsageError(`invalid vulnerability level ${JSON.stringify(value)} (allowed: 0-5, 0 = critical … 5 = unknown)`, {
      hint: LEVEL_HINT,
    });
  }
  if (typeof value !== 'string') {
    throw new UsageError(`invalid vulnerability level ${JSON.stringify(value)} (allowed: 0-5 or a severity name)`, {
      hint: LEVEL_HINT,
    });
  }
  const level = severityNames.indexOf(value.trim().toLowerCase());
  if (level === -1) throw new UsageError(describeChoice('severity', value, severityNames), { hint: LEVEL_HINT });
  return level;
}

// ---------------------------------------------------------------------------------------------
// Value helpers shared by the rules below

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Quay's validate() tests `if not value`, so Python's falsy values count as missing. */
function isPythonFalsy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}

/** `key=` and nulls mean "not given", so they neither count as a value nor go on the wire. */
function withoutBlankValues(config: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(config).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  );
}

/** `key=value` parsing turns digits into numbers; keys that hold text take them back as text. */
function textValue(value: unknown, label: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new UsageError(`${label} must be text (got ${JSON.stringify(value)})`);
}

/** Unknown keys and missing required keys; `what` is "config" or "event config", `owner` the method or event. */
function checkKeys(what: string, owner: string, config: JsonObject, keys: readonly ConfigKey[]): void {
  const allowed = keys.map((entry) => entry.key);
  for (const key of Object.keys(config)) {
    if (allowed.includes(key)) continue;
    if (allowed.length === 0) throw new UsageError(`unknown ${owner} ${what} key "${key}" (${owner} takes no ${what})`);
    throw new UsageError(describeChoice(`${owner} ${what} key`, key, allowed));
  }
  for (const entry of keys) {
    if (entry.required && !(entry.key in config)) {
      throw new UsageError(`missing ${owner} ${what} "${entry.key}" (${entry.description})`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Events

const REF_REGEX_KEY: ConfigKey = {
  key: 'ref-regex',
  description: "regular expression matched against the build's git ref (e.g. ^refs/heads/main$); builds without a git ref never match",
  required: false,
};

function normalizeBuildEventConfig(eventConfig: JsonObject): JsonObject {
  if (!('ref-regex' in eventConfig)) return {};
  const pattern = textValue(eventConfig['ref-regex'], 'ref-regex');
  try {
    new RegExp(pattern);
  } catch (error) {
    // Quay never fires a notification whose regex does not compile, so refuse it up front.
    throw new UsageError(`invalid ref-regex "${pattern}" (${(error as Error).message})`);
  }
  return { 'ref-regex': pattern };
}

function normalizeVulnerabilityEventConfig(eventConfig: JsonObject): JsonObject {
  const fromLevel = 'level' in eventConfig ? parseSeverityLevel(eventConfig.level) : undefined;
  const fromPriority = 'vulnerability' in eventConfig ? priorityLevel(eventConfig.vulnerability) : undefined;
  if (fromLevel !== undefined && fromPriority !== undefined && fromLevel !== fromPriority) {
    throw new UsageError(
      `vulnerability level ${fromLevel} (${severityNames[fromLevel]}) and vulnerability.priority "${QUAY_SEVERITIES[fromPriority]}" disagree`,
      { hint: 'give only level; regnotify sets vulnerability.priority to match' },
    );
  }
  const level = fromLevel ?? fromPriority;
  if (level === undefined) return {};
  // Quay's Clair update path filters on vulnerability.priority, not level
  // (quay/quay data/model/repository.py lookup_secscan_notification_severities), so send both.
  return { level, vulnerability: { priority: QUAY_SEVERITIES[level] } };
}

function priorityLevel(vulnerability: unknown): number {
  if (!isPlainObject(vulnerability) || typeof vulnerability.priority !== 'string') {
    throw new UsageError(
      `vulnerability must be an object like {"priority":"High"} (got ${JSON.stringify(vulnerability)})`,
    );
  }
  return parseSeverityLevel(vulnerability.priority);
}

function normalizeImageExpiryEventConfig(eventConfig: JsonObject): JsonObject {
  const days = eventConfig.days;
  const number = typeof days === 'string' && /^\d+$/.test(days.trim()) ? Number(days) : days;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    throw new UsageError(`invalid days ${JSON.stringify(days)} for repo_image_expiry (expected a whole number of days, 1 or more)`);
  }
  return { days: number };
}

const SAMPLE_BUILD_ID = 'fake-build-id';

const SAMPLE_TRIGGER_METADATA = {
  default_branch: 'master',
  ref: 'refs/heads/somebranch',
  commit: '42d4a62c53350993ea41069e9f2cfdefb0df097d',
};

function sampleTriggerMetadataWithCommit(now: Date): JsonObject {
  return {
    ...SAMPLE_TRIGGER_METADATA,
    commit_info: {
      url: 'http://path/to/the/commit',
      message: 'Some commit message',
      date: Math.floor(now.getTime() / 1000),
      author: {
        username: 'fakeauthor',
        url: 'http://path/to/fake/author/in/scm',
        avatar_url: 'http://www.gravatar.com/avatar/fakehash',
      },
    },
  };
}

function sampleBuild(extra: JsonObject): JsonObject {
  return {
    build_id: SAMPLE_BUILD_ID,
    build_name: 'some-fake-build',
    docker_tags: ['latest', 'foo', 'bar'],
    trigger_id: '1245634',
    trigger_kind: 'GitHub',
    trigger_metadata: SAMPLE_TRIGGER_METADATA,
    ...extra,
  };
}

function buildEvent(name: string, description: string, sample: QuayEvent['sample']): QuayEvent {
  return {
    name,
    description,
    eventConfigKeys: [REF_REGEX_KEY],
    normalizeEventConfig: normalizeBuildEventConfig,
    sample,
    sampleSubpage: `/build/${SAMPLE_BUILD_ID}`,
  };
}

function mirrorEvent(name: string, description: string): QuayEvent {
  return { name, description, eventConfigKeys: [], sample: () => ({ message: 'TEST NOTIFICATION' }) };
}

/** Quay's sample names the severity of the configured level, and "Unknown" when there is none. */
function sampleVulnerabilityPriority(eventConfig: JsonObject): QuaySeverity {
  const level = Number(eventConfig.level);
  return 'level' in eventConfig && Number.isInteger(level) && level >= 0 && level < QUAY_SEVERITIES.length
    ? QUAY_SEVERITIES[level]
    : 'Unknown';
}

export const QUAY_EVENTS: readonly QuayEvent[] = [
  {
    name: 'repo_push',
    description: 'images were pushed to the repository (one notification per tag for v2 pushes)',
    eventConfigKeys: [],
    sample: () => ({ updated_tags: ['latest', 'foo'], pruned_image_count: 3 }),
  },
  buildEvent('build_queued', 'a Dockerfile build was queued', (_eventConfig, now) => ({
    is_manual: false,
    ...sampleBuild({ trigger_metadata: sampleTriggerMetadataWithCommit(now) }),
  })),
  buildEvent('build_start', 'a Dockerfile build started', () => sampleBuild({})),
  buildEvent('build_success', 'a Dockerfile build completed successfully', () => sampleBuild({ image_id: '1245657346' })),
  buildEvent('build_failure', 'a Dockerfile build failed', (_eventConfig, now) =>
    sampleBuild({ error_message: 'This is a fake error message', trigger_metadata: sampleTriggerMetadataWithCommit(now) }),
  ),
  buildEvent('build_cancelled', 'a Dockerfile build was cancelled', () => sampleBuild({ image_id: '1245657346' })),
  {
    name: 'vulnerability_found',
    description: 'the security scanner found a vulnerability at or above the chosen severity',
    eventConfigKeys: [
      {
        key: 'level',
        description: 'minimum severity: critical, high, medium, low, negligible, unknown, or 0-5 (0 = critical)',
        required: false,
      },
      {
        key: 'vulnerability',
        description: 'set from level as {"priority":"<Severity>"}; Quay\'s Clair update path reads it',
        required: false,
        derived: true,
      },
    ],
    normalizeEventConfig: normalizeVulnerabilityEventConfig,
    sample: (eventConfig) => ({
      tags: ['latest', 'prod', 'foo', 'bar', 'baz'],
      image: 'some-image-id',
      vulnerability: {
        id: 'CVE-FAKE-CVE',
        description: 'A futurist vulnerability',
        link: 'https://security-tracker.debian.org/tracker/CVE-FAKE-CVE',
        priority: sampleVulnerabilityPriority(eventConfig),
      },
    }),
  },
  mirrorEvent('repo_mirror_sync_started', 'a repository mirror sync started'),
  mirrorEvent('repo_mirror_sync_success', 'a repository mirror sync succeeded'),
  mirrorEvent('repo_mirror_sync_failed', 'a repository mirror sync failed'),
  {
    name: 'repo_image_expiry',
    description: 'tags of the repository expire within the given number of days (Quay 3.12+)',
    eventConfigKeys: [{ key: 'days', description: 'notify this many days (1 or more) before a tag expires', required: true }],
    normalizeEventConfig: normalizeImageExpiryEventConfig,
    // Quay's own sample needs days; without it there is no expiry to describe.
    sample: (eventConfig) =>
      'days' in eventConfig ? { tags: ['latest', 'v1'], expiring_in: `${eventConfig.days} days` } : { tags: ['latest', 'v1'] },
  },
];

export const eventNames: readonly string[] = QUAY_EVENTS.map((event) => event.name);

export function findQuayEvent(name: string): QuayEvent | undefined {
  return QUAY_EVENTS.find((event) => event.name === name);
}

// ---------------------------------------------------------------------------------------------
// Methods

const BLOCKED_WEBHOOK_HOSTS = ['localhost', '127.0.0.1'];

/** Why Quay refuses this webhook URL, or undefined when it accepts it. */
function webhookUrlProblem(url: string): string | undefined {
  // Checked on the raw text: Quay's urlparse does not trim, unlike WHATWG URL.
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1].toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return 'only http and https URLs are allowed';
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return 'not a valid URL';
  }
  if (BLOCKED_WEBHOOK_HOSTS.includes(hostname)) return 'Quay refuses webhooks to localhost and 127.0.0.1';
  return undefined;
}

/** Quay's message for a template that does not parse as JSON or holds an empty `${}`, else undefined. */
function templateProblem(template: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(template);
  } catch (error) {
    return `Could not parse template: ${(error as Error).message}`;
  }
  return hasEmptyExpression(parsed) ? 'Empty expression found' : undefined;
}

function hasEmptyExpression(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('${}');
  if (Array.isArray(value)) return value.some(hasEmptyExpression);
  if (isPlainObject(value)) return Object.entries(value).some(([key, item]) => key.includes('${}') || hasEmptyExpression(item));
  return false;
}

function normalizeWebhookConfig(config: JsonObject): NormalizedConfig {
  const url = textValue(config.url, 'webhook url');
  const urlProblem = webhookUrlProblem(url);
  if (urlProblem) throw new UsageError(`invalid webhook URL "${url}" (${urlProblem})`);
  if (!('template' in config)) return { config: { url }, warnings: [] };
  // Quay json.loads() the template, so it must travel as a string even when the user wrote an object.
  const template = typeof config.template === 'string' ? config.template : JSON.stringify(config.template);
  const problem = templateProblem(template);
  if (problem) throw new UsageError(`invalid webhook template (${problem})`);
  return { config: { url, template }, warnings: [] };
}

function serverCheckWebhook(config: JsonObject): string | undefined {
  if (webhookUrlProblem(String(config.url))) return 'Invalid webhook URL';
  const template = config.template;
  if (isPythonFalsy(template)) return undefined;
  // Real Quay answers 500 here (json.loads of a non-string raises TypeError); a 400 is the closest useful answer.
  if (typeof template !== 'string') return 'Could not parse template: the template must be a JSON string';
  return templateProblem(template);
}

const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function normalizeEmailConfig(config: JsonObject): NormalizedConfig {
  const email = textValue(config.email, 'email');
  if (!EMAIL_PATTERN.test(email)) throw new UsageError(`invalid e-mail address "${email}" (expected name@example.com)`);
  return { config: { email }, warnings: [] };
}

/** The pattern both Quay UIs enforce; the API does not, so a mismatch only warns. */
const SLACK_WEBHOOK_PATTERN = /^https:\/\/hooks\.slack\.com\/services\/[A-Z0-9]+\/[A-Z0-9]+\/[a-zA-Z0-9]+$/;

function normalizeSlackConfig(config: JsonObject): NormalizedConfig {
  const url = textValue(config.url, 'slack url');
  // The URL itself is a secret, so the warning does not repeat it.
  const warnings = SLACK_WEBHOOK_PATTERN.test(url)
    ? []
    : [
        "the Slack URL does not look like https://hooks.slack.com/services/<team>/<channel>/<token>; Quay's web UI would refuse it",
      ];
  return { config: { url }, warnings };
}

function normalizeFlowdockConfig(config: JsonObject): NormalizedConfig {
  return { config: { flow_api_token: textValue(config.flow_api_token, 'flow_api_token') }, warnings: [] };
}

function normalizeHipchatConfig(config: JsonObject): NormalizedConfig {
  const notificationToken = textValue(config.notification_token, 'notification_token');
  // Sent as text, the way Quay's UI sends it.
  const roomId = textValue(config.room_id, 'room_id');
  if (!/^[0-9]+$/.test(roomId)) {
    throw new UsageError(`invalid HipChat room_id "${roomId}" (expected the room number, not its name)`);
  }
  return { config: { notification_token: notificationToken, room_id: roomId }, warnings: [] };
}

export const TARGET_KINDS = ['user', 'team', 'org'] as const;

const TARGET_FORMS = 'user:NAME, team:NAME, org:NAME or {"kind":"user","name":"NAME"}';

function normalizeQuayNotificationConfig(config: JsonObject): NormalizedConfig {
  return { config: { target: normalizeTarget(config.target) }, warnings: [] };
}

function normalizeTarget(value: unknown): JsonObject {
  const target = typeof value === 'string' ? parseTargetText(value) : value;
  if (!isPlainObject(target)) throw new UsageError(`invalid target ${JSON.stringify(value)} (expected ${TARGET_FORMS})`);
  const { kind, name } = target;
  if (typeof kind !== 'string' || kind === '') throw new UsageError(`target has no kind (expected ${TARGET_FORMS})`);
  if (!(TARGET_KINDS as readonly string[]).includes(kind)) throw new UsageError(describeChoice('target kind', kind, TARGET_KINDS));
  if (typeof name !== 'string' || name === '') throw new UsageError(`target has no name (expected ${TARGET_FORMS})`);
  if (name.includes('+')) {
    throw new UsageError(`target "${name}" is a robot account (Quay notifies only users, teams and organizations)`);
  }
  // Extra fields (is_robot, avatar, …) are what Quay's UI stores; keep them so exported configs apply unchanged.
  return { ...target, kind, name };
}

function parseTargetText(text: string): JsonObject {
  const separator = text.indexOf(':');
  if (separator === -1) throw new UsageError(`invalid target "${text}" (expected ${TARGET_FORMS})`);
  return { kind: text.slice(0, separator), name: text.slice(separator + 1) };
}

function serverCheckQuayNotification(config: JsonObject): string | undefined {
  const target = config.target;
  return isPlainObject(target) && !isPythonFalsy(target.kind) ? undefined : 'Missing target';
}

export const QUAY_METHODS: readonly QuayMethod[] = [
  {
    name: 'quay_notification',
    description: 'in-app notification (the bell icon) for a user, a team or the organization',
    configKeys: [
      { key: 'target', description: `who is notified: ${TARGET_FORMS}`, required: true, missingMessage: 'Missing target' },
    ],
    normalizeConfig: normalizeQuayNotificationConfig,
    serverCheck: serverCheckQuayNotification,
  },
  {
    name: 'email',
    description: 'e-mail to an address that was authorized for the repository',
    configKeys: [
      {
        key: 'email',
        description: 'recipient address; it must be authorized for the repository first',
        required: true,
        missingMessage: 'Missing e-mail address',
      },
    ],
    normalizeConfig: normalizeEmailConfig,
  },
  {
    name: 'webhook',
    description: "HTTP POST of the event's JSON payload",
    configKeys: [
      {
        key: 'url',
        description: 'http(s) URL that receives the POST; not localhost or 127.0.0.1',
        required: true,
        missingMessage: 'Missing webhook URL',
      },
      {
        key: 'template',
        description: 'JSON body to send instead of the payload; ${.path} inserts a payload value',
        required: false,
      },
    ],
    normalizeConfig: normalizeWebhookConfig,
    serverCheck: serverCheckWebhook,
  },
  {
    name: 'slack',
    description: 'message to a Slack incoming webhook',
    configKeys: [
      {
        key: 'url',
        description: 'Slack incoming-webhook URL (https://hooks.slack.com/services/...)',
        required: true,
        missingMessage: 'Missing Slack Callback URL',
      },
    ],
    normalizeConfig: normalizeSlackConfig,
  },
  {
    name: 'flowdock',
    description: 'message to a Flowdock team inbox (legacy service)',
    configKeys: [
      { key: 'flow_api_token', description: 'Flowdock flow API token', required: true, missingMessage: 'Missing Flowdock API Token' },
    ],
    normalizeConfig: normalizeFlowdockConfig,
  },
  {
    name: 'hipchat',
    description: 'HipChat room notification (HipChat shut down in 2019)',
    // Quay checks the token before the room, so the keys are listed in that order.
    configKeys: [
      {
        key: 'notification_token',
        description: 'HipChat room notification token',
        required: true,
        missingMessage: 'Missing Hipchat Room Notification Token',
      },
      { key: 'room_id', description: 'HipChat room number (not its name)', required: true, missingMessage: 'Missing Hipchat Room ID' },
    ],
    normalizeConfig: normalizeHipchatConfig,
  },
];

export const methodNames: readonly string[] = QUAY_METHODS.map((method) => method.name);

export function findQuayMethod(name: string): QuayMethod | undefined {
  return QUAY_METHODS.find((method) => method.name === name);
}

// ---------------------------------------------------------------------------------------------
// Client-side validation: what regnotify checks before sending anything

export interface NotificationInput {
  event: string;
  method: string;
  config: JsonObject;
  eventConfig: JsonObject;
  title?: string;
}

export interface ValidatedNotification {
  /** Exactly what goes on the wire to POST /api/v1/repository/{repo}/notification/. */
  body: NotificationCreateBody;
  /** Things Quay accepts but that probably are mistakes; print them, do not fail. */
  warnings: string[];
}

const MAX_TITLE_LENGTH = 255;
const EVENTS_HINT = 'run "regnotify events" to list Quay events and methods';

export function validateNotification(input: NotificationInput): ValidatedNotification {
  const event = findQuayEvent(input.event);
  if (!event) throw new UsageError(describeChoice('event', input.event, eventNames), { hint: EVENTS_HINT });
  const method = findQuayMethod(input.method);
  if (!method) throw new UsageError(describeChoice('method', input.method, methodNames), { hint: EVENTS_HINT });

  const givenEventConfig = withoutBlankValues(input.eventConfig);
  checkKeys('event config', event.name, givenEventConfig, event.eventConfigKeys);
  const eventConfig = event.normalizeEventConfig ? event.normalizeEventConfig(givenEventConfig) : {};

  const givenConfig = withoutBlankValues(input.config);
  checkKeys('config', method.name, givenConfig, method.configKeys);
  const { config, warnings } = method.normalizeConfig(givenConfig);

  const body: NotificationCreateBody = { event: event.name, method: method.name, config, eventConfig };
  if (input.title !== undefined && input.title !== '') body.title = checkTitle(input.title);
  return { body, warnings };
}

function checkTitle(title: string): string {
  const length = [...title].length;
  if (length > MAX_TITLE_LENGTH) {
    throw new UsageError(`title is ${length} characters long (Quay allows at most ${MAX_TITLE_LENGTH})`);
  }
  return title;
}

// ---------------------------------------------------------------------------------------------
// Server-side validation: what Quay itself answers (for the emulator)

/**
 * Quay's 400 `detail` for this method config, or undefined when Quay accepts it. Quay is more lenient
 * than validateNotification: it ignores unknown keys and the Slack URL pattern, and it cannot check
 * state (authorized e-mails, existing users/teams), which is the emulator's job.
 * An unknown method also gives undefined: real Quay fails with HTTP 500 there, check findQuayMethod first.
 */
export function serverValidateMethodConfig(method: string, config: JsonObject): string | undefined {
  const entry = findQuayMethod(method);
  if (!entry) return undefined;
  for (const key of entry.configKeys) {
    if (key.missingMessage && isPythonFalsy(config[key.key])) return key.missingMessage;
  }
  return entry.serverCheck?.(config);
}

// ---------------------------------------------------------------------------------------------
// Delivery failures (quay/quay workers/notificationworker/notificationworker.py, data/model/notification.py)

/** After this many failed deliveries in a row Quay stops delivering until the count is reset. */
export const DISABLED_AFTER_FAILURES = 3;

export function isNotificationDisabled(notification: { number_of_failures: number }): boolean {
  return notification.number_of_failures >= DISABLED_AFTER_FAILURES;
}
