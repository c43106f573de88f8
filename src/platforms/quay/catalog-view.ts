// Quay's events and methods as `regnotify events` shows them.
import type { CatalogView } from '../descriptor.js';
import { QUAY_EVENTS, QUAY_METHODS, QUAY_NAMESPACE_EVENTS, type ConfigKey } from './catalog/index.js';

function keyEntry({ key, description, required, derived }: ConfigKey) {
  return { key, description, required, ...(derived ? { derived } : {}) };
}

/** `days (required), level`: the keys a person types; keys regnotify fills in itself are left out. */
export function keyList(keys: readonly ConfigKey[]): string {
  return keys
    .filter((key) => !key.derived)
    .map((key) => (key.required ? `${key.key} (required)` : key.key))
    .join(', ');
}

export const quayCatalogView: CatalogView = {
  object: () => ({
    events: QUAY_EVENTS.map((event) => ({ name: event.name, description: event.description, eventConfigKeys: event.eventConfigKeys.map(keyEntry) })),
    // A namespace's own notifications (notification create --org/--user) take only these.
    namespaceEvents: QUAY_NAMESPACE_EVENTS.map((event) => ({ name: event.name, description: event.description })),
    methods: QUAY_METHODS.map((method) => ({ name: method.name, description: method.description, configKeys: method.configKeys.map(keyEntry) })),
  }),
  rows: () => [
    ...QUAY_EVENTS.map((event) => ({ kind: 'event', name: event.name, description: event.description, keys: keyList(event.eventConfigKeys) })),
    ...QUAY_NAMESPACE_EVENTS.map((event) => ({ kind: 'namespace event', name: event.name, description: event.description })),
    ...QUAY_METHODS.map((method) => ({ kind: 'method', name: method.name, description: method.description, keys: keyList(method.configKeys) })),
  ],
};
