// Red Hat Quay (quay.io and self-hosted): repositories and repository notifications under /api/v1.
import type { PlatformDescriptor } from '../descriptor.js';
import type { QuayClient } from './client.js';

export const quayPlatform: PlatformDescriptor<QuayClient> = {
  name: 'quay',
  label: 'Red Hat Quay',
  apiPrefix: '/api/v1',
  defaultServer: 'https://quay.io',
  exampleServer: 'https://quay.io',
  environment: [],
  authKinds: [
    {
      name: 'token',
      label: 'Paste an OAuth access token',
      flags: [],
      questions: [
        { key: 'token', kind: 'secret', message: 'Quay OAuth access token (Organization → Applications → Generate Token)' },
        { key: 'namespace', kind: 'input', message: 'Default namespace for repo commands (optional)', optional: true },
      ],
    },
  ],
  profileSettings: ['namespace'],
  authQuestion: 'How do you want to sign in?',
  servers: {
    question: 'Which Red Hat Quay server?',
    choices: async () => [
      { name: 'quay.io (https://quay.io)', server: 'https://quay.io' },
      { name: 'A self-hosted Quay (enter its URL)', other: true },
    ],
    otherUrlQuestion: 'Server URL (e.g. https://registry.example.com)',
  },
  nextStep: 'regnotify notification list NAMESPACE/REPOSITORY',
  http: async () => (await import('./http.js')).quayHttp,
  credentialHeaders: ['Authorization'],
  apiPages: async () => (await import('./pagination.js')).quayApiPages,
  createClient: async (http) => (await import('./client.js')).createQuayClient(http),
  verify: async (http) => (await import('./verify.js')).verifyQuayCredentials(http),
  catalog: async () => (await import('./catalog-view.js')).quayCatalogView,
  secretFields: async () => (await import('./catalog/methods.js')).quaySecretFields,
  emulator: async () => (await import('../../emulator/quay/index.js')).install,
};
