// Quay's repository events: names, descriptions, the event-config keys each takes and how regnotify
// checks them before sending. Sources: quay/quay notifications/notificationevent.py and the two web UIs
// (static/js/services/external-notification-data.js, web/src/hooks/UseEvents.tsx); summarised in
// docs/platforms/quay.md, "Events and methods".

import { UsageError } from '../../../core/errors.js';
import { parsePythonRegex, PythonRegexError } from '../python-regex.js';
import { parseSeverityLevel, QUAY_SEVERITIES, severityNames } from './severities.js';
import { isPlainObject, textValue, type ConfigKey, type JsonObject } from './values.js';

export interface QuayEvent {
  readonly name: string;
  readonly description: string;
  readonly eventConfigKeys: readonly ConfigKey[];
  /** Checks the values (keys are already checked) and returns the event config as it goes on the wire. */
  readonly normalizeEventConfig?: (eventConfig: JsonObject) => JsonObject;
}

const REF_REGEX_KEY: ConfigKey = {
  key: 'ref-regex',
  description:
    "Python regular expression matched from the start of the build's git ref, as re.match does (e.g. refs/heads/main$); builds without a git ref never match",
  required: false,
};

function normalizeBuildEventConfig(eventConfig: JsonObject): JsonObject {
  if (!('ref-regex' in eventConfig)) return {};
  const pattern = textValue(eventConfig['ref-regex'], 'ref-regex');
  try {
    // Quay compiles it with Python's re (quay/quay notifications/notificationevent.py, BaseBuildEvent.should_perform)
    // and silently never fires one that does not compile, so refuse it up front with Python's own message.
    parsePythonRegex(pattern);
  } catch (error) {
    if (!(error instanceof PythonRegexError)) throw error;
    const javascriptGroup = error.reason.startsWith('unknown extension ?<');
    throw new UsageError(
      `invalid ref-regex "${pattern}" (${error.message})`,
      javascriptGroup ? { hint: 'Quay uses Python regular expressions: name a group (?P<name>...) and refer to it with (?P=name)' } : {},
    );
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

function buildEvent<Name extends string>(name: Name, description: string) {
  return { name, description, eventConfigKeys: [REF_REGEX_KEY], normalizeEventConfig: normalizeBuildEventConfig };
}

function mirrorEvent<Name extends string>(name: Name, description: string) {
  return { name, description, eventConfigKeys: [] };
}

const EVENTS = [
  {
    name: 'repo_push',
    description: 'images were pushed to the repository (one notification per tag for v2 pushes)',
    eventConfigKeys: [],
  },
  buildEvent('build_queued', 'a Dockerfile build was queued'),
  buildEvent('build_start', 'a Dockerfile build started'),
  buildEvent('build_success', 'a Dockerfile build completed successfully'),
  buildEvent('build_failure', 'a Dockerfile build failed'),
  buildEvent('build_cancelled', 'a Dockerfile build was cancelled'),
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
  },
  mirrorEvent('repo_mirror_sync_started', 'a repository mirror sync started'),
  mirrorEvent('repo_mirror_sync_success', 'a repository mirror sync succeeded'),
  mirrorEvent('repo_mirror_sync_failed', 'a repository mirror sync failed'),
  {
    name: 'repo_image_expiry',
    description: 'tags of the repository expire within the given number of days (Quay 3.12+)',
    eventConfigKeys: [{ key: 'days', description: 'notify this many days (1 or more) before a tag expires', required: true }],
    normalizeEventConfig: normalizeImageExpiryEventConfig,
  },
] as const satisfies readonly QuayEvent[];

/** The name of one of Quay's events; a table keyed by it (the sample payloads) must cover every event. */
export type QuayEventName = (typeof EVENTS)[number]['name'];

export const QUAY_EVENTS: readonly QuayEvent[] = EVENTS;

export const eventNames: readonly string[] = QUAY_EVENTS.map((event) => event.name);

export function findQuayEvent(name: string): QuayEvent | undefined {
  return QUAY_EVENTS.find((event) => event.name === name);
}
