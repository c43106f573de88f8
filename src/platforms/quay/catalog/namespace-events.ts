// The events of a namespace's own notifications (Quay 3.18+, behind FEATURE_QUOTA_NOTIFICATIONS): an
// organization's or a user's storage quota. Source: quay/quay endpoints/api/namespacenotification.py
// (VALID_NAMESPACE_EVENTS) and notifications/notificationevent.py (QuotaWarningEvent, QuotaErrorEvent).
import type { QuayEvent } from './events.js';

export const QUAY_NAMESPACE_EVENTS: readonly QuayEvent[] = [
  { name: 'quota_warning', description: "the namespace's storage reached the quota's warning threshold", eventConfigKeys: [] },
  { name: 'quota_error', description: "the namespace's storage went over its quota", eventConfigKeys: [] },
];

export const namespaceEventNames: readonly string[] = QUAY_NAMESPACE_EVENTS.map((event) => event.name);

export function findNamespaceEvent(name: string): QuayEvent | undefined {
  return QUAY_NAMESPACE_EVENTS.find((event) => event.name === name);
}
