// Quay's notification methods: names, descriptions, the config keys each takes (with Quay's own message when
// one is missing) and how regnotify checks the values before sending.
// Sources: quay/quay notifications/notificationmethod.py, util/jsontemplate.py and the two web UIs
// (static/js/services/external-notification-data.js, web/src/hooks/UseEvents.tsx); summarised in
// docs/platforms/quay.md, "Events and methods".

import { UsageError } from '../../../core/errors.js';
import type { SecretFields } from '../../../core/redact.js';
import { isLoopbackHost } from '../../loopback.js';
import { describeChoice } from '../../../core/suggest.js';
import { templateProblem, unclosedExpression } from '../template.js';
import { isPlainObject, textValue, type ConfigKey, type JsonObject } from './values.js';
import { parseUrl } from '../../../core/parse-url.js';

export interface MethodConfigKey extends ConfigKey {
  /** Quay's exact 400 message when the key is absent or empty. */
  readonly missingMessage?: string;
  /** Holds a credential (a Slack URL is its own): masked in every output unless --show-secrets. */
  readonly secret?: boolean;
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
  readonly normalizeConfig: (config: JsonObject, where?: DeliveryContext) => NormalizedConfig;
}

const BLOCKED_WEBHOOK_HOSTS = ['localhost', '127.0.0.1'];

/** Why Quay refuses this webhook URL, or undefined when it accepts it. */
export function webhookUrlProblem(url: string): string | undefined {
  // Checked on the raw text: Quay's urlparse does not trim, unlike WHATWG URL.
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1].toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return 'only http and https URLs are allowed';
  const hostname = parseUrl(url)?.hostname;
  if (hostname === undefined) return 'not a valid URL';
  if (BLOCKED_WEBHOOK_HOSTS.includes(hostname)) return 'Quay refuses webhooks to localhost and 127.0.0.1';
  return undefined;
}

const TEMPLATE_PATH_HINT =
  "Quay reads ${...} with Python's jsonpath-rw, where a path starts with a field name: ${repository}, ${updated_tags[0]}, ${trigger_metadata.ref}";

/** Where the notification is created: a Quay on this machine (an emulator, a development Quay) reaches a local receiver. */
export interface DeliveryContext {
  localServer?: boolean;
}

/**
 * Stricter than Quay, which refuses only the names localhost and 127.0.0.1: unless Quay itself runs on this
 * machine, every loopback or unspecified form ([::1], [::ffff:127.0.0.1], 0.0.0.0, 127.x.y.z, *.localhost)
 * would have Quay post to itself.
 */
function deliveryUrlProblem(url: string, where: DeliveryContext): string | undefined {
  const problem = webhookUrlProblem(url);
  if (problem || where.localServer) return problem;
  const { hostname } = new URL(url);
  return isLoopbackHost(hostname) ? `${hostname} is a loopback or unspecified address: Quay would post to itself` : undefined;
}

/** Quay's own verdict on a template (quay/quay util/jsontemplate.py), then the `${` it would leave unexpanded. */
function checkTemplate(template: string): void {
  const problem = templateProblem(template);
  if (problem?.crash) throw new UsageError(`invalid webhook template (Quay fails on it with HTTP 500: ${problem.message})`, { hint: TEMPLATE_PATH_HINT });
  if (problem) {
    const leadingDot = / near token \.{1,2} \((\.|DOUBLEDOT)\)$/.test(problem.message) && /^For expression `\./.test(problem.message);
    throw new UsageError(`invalid webhook template (${problem.message})`, leadingDot ? { hint: TEMPLATE_PATH_HINT } : {});
  }
  const unclosed = unclosedExpression(template);
  if (unclosed !== undefined) {
    throw new UsageError(`invalid webhook template (the \${ in ${JSON.stringify(unclosed)} has no closing }; Quay would send it as plain text)`);
  }
}

function normalizeWebhookConfig(config: JsonObject, where: DeliveryContext = {}): NormalizedConfig {
  const url = textValue(config.url, 'webhook url');
  const urlProblem = deliveryUrlProblem(url, where);
  if (urlProblem) throw new UsageError(`invalid webhook URL "${url}" (${urlProblem})`);
  if (!('template' in config)) return { config: { url }, warnings: [] };
  // Quay json.loads() the template, so it must travel as a string even when the user wrote an object.
  const template = typeof config.template === 'string' ? config.template : JSON.stringify(config.template);
  checkTemplate(template);
  // Quay posts the applied template as the body; receivers expect an object, as the payload it replaces is one.
  const parsed: unknown = JSON.parse(template);
  if (!isPlainObject(parsed)) {
    const kind = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`;
    throw new UsageError(`invalid webhook template (expected a JSON object such as {"text":"\${repository}"}, got ${kind})`);
  }
  return { config: { url, template }, warnings: [] };
}

const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function normalizeEmailConfig(config: JsonObject): NormalizedConfig {
  const email = textValue(config.email, 'email');
  if (!EMAIL_PATTERN.test(email)) throw new UsageError(`invalid e-mail address "${email}" (expected name@example.com)`);
  return { config: { email }, warnings: [] };
}

/** The pattern both Quay UIs enforce; the API does not, so a mismatch only warns. */
const SLACK_WEBHOOK_PATTERN = /^https:\/\/hooks\.slack\.com\/services\/[A-Z0-9]+\/[A-Z0-9]+\/[a-zA-Z0-9]+$/;

function normalizeSlackConfig(config: JsonObject, where: DeliveryContext = {}): NormalizedConfig {
  const url = textValue(config.url, 'slack url');
  // The URL itself is a secret, so neither the refusal nor the warning repeats it.
  const problem = deliveryUrlProblem(url, where);
  if (problem) throw new UsageError(`invalid Slack URL (${problem})`);
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

export const QUAY_METHODS: readonly QuayMethod[] = [
  {
    name: 'quay_notification',
    description: 'in-app notification (the bell icon) for a user, a team or the organization',
    configKeys: [
      { key: 'target', description: `who is notified: ${TARGET_FORMS}`, required: true, missingMessage: 'Missing target' },
    ],
    normalizeConfig: normalizeQuayNotificationConfig,
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
        description: 'JSON body to send instead of the payload; "${repository}" or "${updated_tags[0]}" inserts a payload value (jsonpath-rw paths: no leading dot)',
        required: false,
      },
    ],
    normalizeConfig: normalizeWebhookConfig,
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
        secret: true,
      },
    ],
    normalizeConfig: normalizeSlackConfig,
  },
  {
    name: 'flowdock',
    description: 'message to a Flowdock team inbox (legacy service)',
    configKeys: [
      { key: 'flow_api_token', description: 'Flowdock flow API token', required: true, missingMessage: 'Missing Flowdock API Token', secret: true },
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
        secret: true,
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

/** The secret config keys of a notification (a create body or Quay's answer), by its method. */
export const quaySecretFields: SecretFields = (object) => {
  const method = typeof object.method === 'string' && isPlainObject(object.config) ? findQuayMethod(object.method) : undefined;
  return method ? method.configKeys.filter((key) => key.secret).map((key) => ['config', key.key]) : [];
};
