// Client-side validation: what regnotify checks before sending anything. Turns the event, method and the
// `--config`/`--event-config` values into the exact body of POST /api/v1/repository/{repo}/notification/.

import { UsageError } from '../../../core/errors.js';
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
  const event = input.namespaceEvents ? findNamespaceEvent(input.event) : findQuayEvent(input.event);
  if (!event && input.namespaceEvents) {
    throw new UsageError(describeChoice('event', input.event, namespaceEventNames), { hint: 'a namespace notification (--org, --user) takes only the quota events' });
  }
  if (!event) throw new UsageError(describeChoice('event', input.event, eventNames), { hint: EVENTS_HINT });
  const method = findQuayMethod(input.method);
  if (!method) throw new UsageError(describeChoice('method', input.method, methodNames), { hint: EVENTS_HINT });

  const givenEventConfig = withoutBlankValues(input.eventConfig);
  const givenConfig = withoutBlankValues(input.config);
  checkKnownKeys('event config', event.name, givenEventConfig, event.eventConfigKeys);
  checkKnownKeys('config', method.name, givenConfig, method.configKeys);
  // Every missing key in one error, so a script learns all it has to add from one run.
  const missing = [...missingKeys('event config', event.name, givenEventConfig, event.eventConfigKeys), ...missingKeys('config', method.name, givenConfig, method.configKeys)];
  if (missing.length) throw new UsageError(`missing ${missing.join(' and ')}`);
  const eventConfig = event.normalizeEventConfig ? event.normalizeEventConfig(givenEventConfig) : {};
  const { config, warnings } = method.normalizeConfig(givenConfig, where);

  const body: NotificationCreateBody = { event: event.name, method: method.name, config, eventConfig };
  if (input.title !== undefined && input.title !== '') body.title = checkTitle(input.title);
  return { body, warnings };
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
