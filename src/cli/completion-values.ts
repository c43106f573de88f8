// Completion values that several commands share, from the platforms' catalogs and descriptors.
import { described, type ValueSource } from '../completion/values.js';
import { ALAUDA_SUBJECT_TYPES } from '../platforms/alauda/catalog.js';
import { ACTIONS, CHANNELS, CONFIG_SOURCES, RESOURCE_TYPES, USAGE_WARNING_RATES } from '../platforms/codearts/catalog.js';
import { DESCRIPTORS, PLATFORMS } from '../platforms/index.js';

export const platformValues = (): ValueSource => described(PLATFORMS.map((name) => ({ name, description: DESCRIPTORS[name].label })));

export const alaudaSubjectTypes = (): ValueSource => described(ALAUDA_SUBJECT_TYPES);

export const alaudaEvents = (): ValueSource =>
  described(ALAUDA_SUBJECT_TYPES.flatMap((type) => type.events.map((event) => ({ name: event.name, description: `${event.description} (${type.name})` }))));

export const codeartsChannels = (): ValueSource => described(CHANNELS);

export const codeartsConfigSources = (): ValueSource => described(CONFIG_SOURCES);

export const codeartsUsageWarnings = (): ValueSource =>
  described(USAGE_WARNING_RATES.map((rate) => ({ name: String(rate), description: `warn at ${rate}% of the quota` })));

export const codeartsEvents = (): ValueSource =>
  described(
    RESOURCE_TYPES.flatMap((resource) =>
      ACTIONS.map((action) => ({ name: `${resource.name}:${action.name}`, description: `${resource.description}: ${action.description}` })),
    ),
  );
