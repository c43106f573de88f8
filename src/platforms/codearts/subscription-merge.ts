// A PUT replaces a channel's whole settings, so a change to one field is the current settings
// sent back with that field changed.

import { UsageError } from '../../core/errors.js';
import { formatEventRef, type ConfigSource, type EventRef, type EventSpec, type UsageWarningRate } from './catalog.js';
import type {
  SubscriptionEvent,
  SubscriptionEventBody,
  SubscriptionPutBody,
  SubscriptionSettings,
  WebhookConfig,
  WebhookConfigBody,
} from './schemas.js';

export interface SubscriptionChanges {
  enabled?: boolean;
  config_source?: ConfigSource;
  /** Plain text; an empty string clears a field. */
  webhook?: WebhookConfigBody;
  usage_warning?: UsageWarningRate;
  /** Enabled (added when missing), with these roles when the spec names any. */
  events?: EventSpec[];
  disable_events?: EventRef[];
}

const WEBHOOK_FIELDS = ['url', 'mention_users', 'mention_phone'] as const;

/**
 * The PUT body for `current` with `changes` applied. Fields nobody named go back as they came;
 * `repository_id` and `has_token` are response-only and dropped. The token is never returned by
 * the API, so it is sent only when the user gives one.
 */
export function mergeSubscription(current: SubscriptionSettings, changes: SubscriptionChanges): SubscriptionPutBody {
  rejectConflictingEvents(changes);
  const body: SubscriptionPutBody = {};
  const enabled = changes.enabled ?? current.enabled;
  if (enabled != null) body.enabled = enabled;
  const configSource = changes.config_source ?? current.config_source;
  if (configSource != null) body.config_source = configSource;
  const webhook = mergeWebhookConfig(current.webhook_config, changes.webhook);
  if (webhook) body.webhook_config = webhook;
  const usageWarning = changes.usage_warning ?? current.waring_repo_usage_rate;
  if (usageWarning != null) body.waring_repo_usage_rate = usageWarning;
  const events = mergeEvents(current.subscript_events, changes);
  if (events) body.subscript_events = events;
  return body;
}

export function rejectConflictingEvents(changes: SubscriptionChanges): void {
  const disabled = new Set((changes.disable_events ?? []).map(formatEventRef));
  const conflict = (changes.events ?? []).map(formatEventRef).find((event) => disabled.has(event));
  if (conflict) {
    throw new UsageError(`event "${conflict}" is both enabled and disabled (name it once)`);
  }
}

function mergeWebhookConfig(
  current: WebhookConfig | null | undefined,
  change: WebhookConfigBody | undefined,
): WebhookConfigBody | undefined {
  const merged: WebhookConfigBody = {};
  for (const field of WEBHOOK_FIELDS) {
    const value = change?.[field] ?? current?.[field];
    if (value != null) merged[field] = value;
  }
  if (change?.token !== undefined) merged.token = change.token;
  return Object.keys(merged).length > 0 ? merged : undefined;
}

function sameEvent(event: SubscriptionEvent | SubscriptionEventBody, ref: EventRef): boolean {
  return event.resource_type === ref.resource_type && event.action === ref.action;
}

function toEventBody(event: SubscriptionEvent): SubscriptionEventBody {
  const body: SubscriptionEventBody = {
    resource_type: event.resource_type,
    action: event.action,
    enabled: event.enabled,
  };
  // null and absent mean the same to the API; the PUT schema only allows arrays.
  if (event.role_ids != null) body.role_ids = event.role_ids;
  if (event.role_names != null) body.role_names = event.role_names;
  return body;
}

function mergeEvents(
  current: SubscriptionEvent[] | null | undefined,
  changes: SubscriptionChanges,
): SubscriptionEventBody[] | undefined {
  const enable = changes.events ?? [];
  const disable = changes.disable_events ?? [];
  if (current == null && enable.length === 0) return undefined;

  let events = (current ?? []).map(toEventBody);
  for (const spec of enable) {
    if (!events.some((event) => sameEvent(event, spec))) {
      events.push({ resource_type: spec.resource_type, action: spec.action, enabled: true });
    }
    events = events.map((event) => (sameEvent(event, spec) ? withRoles({ ...event, enabled: true }, spec) : event));
  }
  // An event the server does not list is not notified: disabling it needs no entry.
  for (const ref of disable) {
    events = events.map((event) => (sameEvent(event, ref) ? { ...event, enabled: false } : event));
  }
  return events;
}

/** The spec's roles on the event; the same roles in another order are no change (they are a set). */
function withRoles(event: SubscriptionEventBody, spec: EventSpec): SubscriptionEventBody {
  if (spec.role_names === undefined) return event;
  const current = new Set(event.role_names ?? []);
  if (current.size === spec.role_names.length && spec.role_names.every((role) => current.has(role))) return event;
  return { ...event, role_names: [...spec.role_names] };
}
