// Client-side validation: what regnotify checks before sending anything. Turns the event, method and the
// `--config`/`--event-config` values into the exact body of POST /api/v1/repository/{repo}/notification/.

import { UsageError } from '../../../core/errors.js';
import { describeChoice } from '../../../core/suggest.js';
import type { NotificationCreateBody } from '../schemas.js';
import { eventNames, findQuayEvent } from './events.js';
import { findQuayMethod, methodNames, type DeliveryContext } from './methods.js';
import { checkKeys, withoutBlankValues, type JsonObject } from './values.js';

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

export function validateNotification(input: NotificationInput, where: DeliveryContext = {}): ValidatedNotification {
  const event = findQuayEvent(input.event);
  if (!event) throw new UsageError(describeChoice('event', input.event, eventNames), { hint: EVENTS_HINT });
  const method = findQuayMethod(input.method);
  if (!method) throw new UsageError(describeChoice('method', input.method, methodNames), { hint: EVENTS_HINT });

  const givenEventConfig = withoutBlankValues(input.eventConfig);
  checkKeys('event config', event.name, givenEventConfig, event.eventConfigKeys);
  const eventConfig = event.normalizeEventConfig ? event.normalizeEventConfig(givenEventConfig) : {};

  const givenConfig = withoutBlankValues(input.config);
  checkKeys('config', method.name, givenConfig, method.configKeys);
  const { config, warnings } = method.normalizeConfig(givenConfig, where);

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
