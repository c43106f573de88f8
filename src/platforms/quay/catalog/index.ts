// The Quay notification facts the CLI reads: events, methods, severities, client-side validation and the
// delivery-failure rule. Help text, completions, the wizard and `regnotify events` read these tables.
// The emulator's side (sample payloads, Quay's own validation) is imported from its own files, so the
// CLI's start-up path does not carry it.

export { isNotificationDisabled, DISABLED_AFTER_FAILURES } from './failures.js';
export { eventNames, findQuayEvent, QUAY_EVENTS, type QuayEvent, type QuayEventName } from './events.js';
export { findQuayMethod, methodNames, QUAY_METHODS, quaySecretFields, TARGET_KINDS, type MethodConfigKey, type NormalizedConfig, type QuayMethod } from './methods.js';
export { findNamespaceEvent, namespaceEventNames, QUAY_NAMESPACE_EVENTS } from './namespace-events.js';
export { parseSeverityLevel, QUAY_SEVERITIES, severityNames, type QuaySeverity } from './severities.js';
export { checkNotification, checkOrgTarget, validateNotification, type NotificationInput, type ValidatedNotification } from './validate.js';
export type { ConfigKey, JsonObject } from './values.js';
