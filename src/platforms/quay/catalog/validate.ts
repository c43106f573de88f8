// Client-side validation: what regnotify checks before sending anything. Turns the event, method and the
// `--config`/`--event-config` values into the exact body of POST /api/v1/repository/{repo}/notification/.

import { unlessRefused, UsageError } from '../../../core/errors.js';
import { describeChoice } from '../../../core/suggest.js';
import type { NotificationCreateBody } from '../schemas.js';
import { eventNames, findQuayEvent } from './events.js';
import { findQuayMethod, methodNames, type DeliveryContext } from './methods.js';
import { findNamespaceEvent, namespaceEventNames } from './namespace-events.js';
import { checkKnownKeys, missingKeys, withoutBlankValues, type JsonObject } from './values.js';

export interface NotificationInput {
  event: string;
  method: string;
  config: JsonObject;
  eventConfig: JsonObject;
  title?: string;
  /** A namespace's own notification (--org/--user): only the quota events. */
  namespaceEvents?: boolean;
}

export interface ValidatedNotification {
  /** Exactly what goes on the wire to POST /api/v1/repository/{repo}/notification/. */
  body: NotificationCreateBody;
  /** Things Quay accepts but that probably are mistakes; print them, do not fail. */
  warnings: string[];
}

const MAX_TITLE_LENGTH = 255;
const EVENTS_HINT = 'run "regnotify events" to list Quay events and methods';

export function validateNotification(input: NotificationInput, where: DeliveryContext = {}): ValidatedNotification {
  const checked = checkNotification(input, where);
  if (checked.problems.length) throw checked.problems[0].error;
  return checked.notification!;
}

/** Where in a notification a problem is: the field a declarative file reports it at. */
export type NotificationField = 'event' | 'method' | 'config' | 'event_config' | 'title';

export interface NotificationProblem {
  field: NotificationField;
  error: UsageError;
}

/**
 * Every problem of a notification, in the order validateNotification reports the first: the event and the method are
 * looked up independently, each config is checked when its owner is known, the title always. A declarative file shows
 * them all at once; a command stops at the first.
 */
export function checkNotification(input: NotificationInput, where: DeliveryContext = {}): { notification?: ValidatedNotification; problems: NotificationProblem[] } {
  const problems: NotificationProblem[] = [];
  const attempt = <T>(field: NotificationField, step: () => T): T | undefined => unlessRefused(step, (error) => problems.push({ field, error }));
  const event = attempt('event', () => {
    const found = input.namespaceEvents ? findNamespaceEvent(input.event) : findQuayEvent(input.event);
    if (!found && input.namespaceEvents) {
      throw new UsageError(describeChoice('event', input.event, namespaceEventNames), { hint: 'a namespace notification (--org, --user) takes only the quota events' });
    }
    if (!found) throw new UsageError(describeChoice('event', input.event, eventNames), { hint: EVENTS_HINT });
    return found;
  });
  const method = attempt('method', () => findQuayMethod(input.method) ?? fail(new UsageError(describeChoice('method', input.method, methodNames), { hint: EVENTS_HINT })));

  const givenEventConfig = withoutBlankValues(input.eventConfig);
  const givenConfig = withoutBlankValues(input.config);
  const passes = (field: NotificationField, check: () => void) => attempt(field, () => (check(), true)) ?? false;
  const eventKeysKnown = event !== undefined && passes('event_config', () => checkKnownKeys('event config', event.name, givenEventConfig, event.eventConfigKeys));
  const configKeysKnown = method !== undefined && passes('config', () => checkKnownKeys('config', method.name, givenConfig, method.configKeys));
  // Every missing key in one error, so a script learns all it has to add from one run.
  const missingEventKeys = event ? missingKeys('event config', event.name, givenEventConfig, event.eventConfigKeys) : [];
  const missingConfigKeys = method ? missingKeys('config', method.name, givenConfig, method.configKeys) : [];
  const missing = [...missingEventKeys, ...missingConfigKeys];
  if (missing.length) problems.push({ field: missingEventKeys.length ? 'event_config' : 'config', error: new UsageError(`missing ${missing.join(' and ')}`) });
  const eventConfig = event && eventKeysKnown && !missing.length ? attempt('event_config', () => (event.normalizeEventConfig ? event.normalizeEventConfig(givenEventConfig) : {})) : undefined;
  const normalized = method && configKeysKnown && !missing.length ? attempt('config', () => method.normalizeConfig(givenConfig, where)) : undefined;
  const title = input.title !== undefined && input.title !== '' ? attempt('title', () => checkTitle(input.title!)) : undefined;
  if (problems.length) return { problems };

  const body: NotificationCreateBody = { event: event!.name, method: method!.name, config: normalized!.config, eventConfig: eventConfig! };
  if (title !== undefined) body.title = title;
  return { notification: { body, warnings: normalized!.warnings }, problems };
}

function fail(error: UsageError): never {
  throw error;
}

/**
 * An `org` target must be the organization whose events these are (`name` undefined: a user's own namespace, which
 * no organization matches). Quay's find_targets returns a malformed tuple for an organization other than the namespace, and the unpacking
 * raises: HTTP 500 at create time (quay/quay notifications/notificationmethod.py, QuayNotificationMethod).
 */
export function checkOrgTarget(config: JsonObject, namespace: { name?: string; label: string }): void {
  const target = config.target as { kind?: unknown; name?: unknown } | undefined;
  if (target?.kind !== 'org' || (namespace.name !== undefined && target.name === namespace.name)) return;
  throw new UsageError(
    `target org:${String(target.name)} is not ${namespace.label} (Quay notifies an organization only of its own events; another one makes it fail with HTTP 500)`,
    { hint: namespace.name ? `use org:${namespace.name}, or a team:NAME or user:NAME target` : 'use a user:NAME target' },
  );
}

function checkTitle(title: string): string {
  const length = [...title].length;
  if (length > MAX_TITLE_LENGTH) {
    throw new UsageError(`title is ${length} characters long (Quay allows at most ${MAX_TITLE_LENGTH})`);
  }
  return title;
}
