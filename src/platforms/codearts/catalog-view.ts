// CodeArts channels, resources, actions and roles as `regnotify events` shows them.
import type { CatalogView } from '../descriptor.js';
import { ACTIONS, CHANNELS, CONFIG_SOURCES, RESOURCE_TYPES, ROLE_NAMES, USAGE_WARNING_RATES } from './catalog.js';

const entry = ({ name, description }: { name: string; description: string }) => ({ name, description });

export const codeartsCatalogView: CatalogView = {
  object: () => ({
    channels: CHANNELS.map((channel) => ({ ...entry(channel), takesWebhook: channel.takesWebhook })),
    configSources: CONFIG_SOURCES.map(entry),
    resources: RESOURCE_TYPES.map(entry),
    actions: ACTIONS.map(entry),
    roles: ROLE_NAMES.map(entry),
    usageWarningRates: [...USAGE_WARNING_RATES],
  }),
  rows: () => [
    ...CHANNELS.map((channel) => ({ kind: 'channel', ...entry(channel) })),
    ...CONFIG_SOURCES.map((source) => ({ kind: 'config source', ...entry(source) })),
    ...RESOURCE_TYPES.map((resource) => ({ kind: 'resource', ...entry(resource) })),
    ...ACTIONS.map((action) => ({ kind: 'action', ...entry(action) })),
    ...ROLE_NAMES.map((role) => ({ kind: 'role', ...entry(role) })),
    ...USAGE_WARNING_RATES.map((rate) => ({ kind: 'usage warning rate', name: String(rate), description: `warn when the repository uses ${rate}% of its capacity` })),
  ],
};
