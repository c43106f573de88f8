// The catalogs as `regnotify events` shows them: one object for tools, one row per fact for people.
import type { Platform } from '../config/platforms.js';
import { ALAUDA_SUBJECT_TYPES } from '../platforms/alauda/catalog.js';
import { ACTIONS, CHANNELS, CONFIG_SOURCES, RESOURCE_TYPES, ROLE_NAMES, USAGE_WARNING_RATES } from '../platforms/codearts/catalog.js';
import { QUAY_EVENTS, QUAY_METHODS, type ConfigKey } from '../platforms/quay/catalog.js';

export interface CatalogRow {
  platform: Platform;
  kind: string;
  name: string;
  description: string;
  keys: string;
}

interface KeyEntry {
  key: string;
  description: string;
  required: boolean;
  derived?: boolean;
}

function keyEntry({ key, description, required, derived }: ConfigKey): KeyEntry {
  return { key, description, required, ...(derived ? { derived } : {}) };
}

const entry = ({ name, description }: { name: string; description: string }) => ({ name, description });

function quayCatalog() {
  return {
    events: QUAY_EVENTS.map((event) => ({ ...entry(event), eventConfigKeys: event.eventConfigKeys.map(keyEntry) })),
    methods: QUAY_METHODS.map((method) => ({ ...entry(method), configKeys: method.configKeys.map(keyEntry) })),
  };
}

function alaudaCatalog() {
  return {
    subjectTypes: ALAUDA_SUBJECT_TYPES.map((type) => ({ ...entry(type), subjectForm: type.subjectForm, events: type.events.map(entry) })),
  };
}

function codeartsCatalog() {
  return {
    channels: CHANNELS.map((channel) => ({ ...entry(channel), takesWebhook: channel.takesWebhook })),
    configSources: CONFIG_SOURCES.map(entry),
    resources: RESOURCE_TYPES.map(entry),
    actions: ACTIONS.map(entry),
    roles: ROLE_NAMES.map(entry),
    usageWarningRates: [...USAGE_WARNING_RATES],
  };
}

const CATALOGS = { quay: quayCatalog, alauda: alaudaCatalog, codearts: codeartsCatalog } as const;

/** `{quay: {...}, alauda: {...}, codearts: {...}}` with only the platforms asked for. */
export function eventCatalog(platforms: readonly Platform[]): Record<string, unknown> {
  return Object.fromEntries(platforms.map((platform) => [platform, CATALOGS[platform]()]));
}

/** `days (required), level`: the keys a person types; keys regnotify fills in itself are left out. */
function keyList(keys: readonly ConfigKey[]): string {
  return keys
    .filter((key) => !key.derived)
    .map((key) => (key.required ? `${key.key} (required)` : key.key))
    .join(', ');
}

function rowsOf(platform: Platform): CatalogRow[] {
  const row = (kind: string, name: string, description: string, keys = ''): CatalogRow => ({ platform, kind, name, description, keys });
  if (platform === 'quay') {
    return [
      ...QUAY_EVENTS.map((event) => row('event', event.name, event.description, keyList(event.eventConfigKeys))),
      ...QUAY_METHODS.map((method) => row('method', method.name, method.description, keyList(method.configKeys))),
    ];
  }
  if (platform === 'alauda') {
    return ALAUDA_SUBJECT_TYPES.flatMap((type) => [
      row('subject type', type.name, type.description, type.events.map((event) => event.name).join(', ')),
      ...type.events.map((event) => row('event', event.name, event.description)),
    ]);
  }
  return [
    ...CHANNELS.map((channel) => row('channel', channel.name, channel.description)),
    ...CONFIG_SOURCES.map((source) => row('config source', source.name, source.description)),
    ...RESOURCE_TYPES.map((resource) => row('resource', resource.name, resource.description)),
    ...ACTIONS.map((action) => row('action', action.name, action.description)),
    ...ROLE_NAMES.map((role) => row('role', role.name, role.description)),
    ...USAGE_WARNING_RATES.map((rate) => row('usage warning rate', String(rate), `warn when the repository uses ${rate}% of its capacity`)),
  ];
}

export function catalogRows(platforms: readonly Platform[]): CatalogRow[] {
  return platforms.flatMap(rowsOf);
}
