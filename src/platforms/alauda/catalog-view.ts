// Alauda's subject types and events as `regnotify events` shows them.
import type { CatalogView } from '../descriptor.js';
import { ALAUDA_SUBJECT_TYPES } from './catalog.js';

export const alaudaCatalogView: CatalogView = {
  object: () => ({
    subjectTypes: ALAUDA_SUBJECT_TYPES.map((type) => ({
      name: type.name,
      description: type.description,
      subjectForm: type.subjectForm,
      events: type.events.map(({ name, description }) => ({ name, description })),
    })),
  }),
  rows: () =>
    ALAUDA_SUBJECT_TYPES.flatMap((type) => [
      { kind: 'subject type', name: type.name, description: type.description, keys: type.events.map((event) => event.name).join(', ') },
      ...type.events.map((event) => ({ kind: 'event', name: event.name, description: event.description })),
    ]),
};
