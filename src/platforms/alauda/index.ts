// Alauda: web hooks under /v1/hooks; an API token, or a user name and password exchanged for one.
import type { PlatformDescriptor } from '../descriptor.js';
import type { AlaudaClient } from './client.js';

export const alaudaPlatform: PlatformDescriptor<AlaudaClient> = {
  name: 'alauda',
  label: 'Alauda',
  apiPrefix: '/v1',
  defaultServer: 'https://api.alauda.cn',
  exampleServer: 'https://api.alauda.cn',
  environment: [],
  authKinds: [
    { name: 'token', label: 'Paste an API token', flags: [], questions: [{ key: 'token', kind: 'secret', message: 'Alauda API token' }] },
    {
      name: 'password',
      label: 'User name and password (exchanged for a token; the password is not stored)',
      flags: ['username', 'passwordStdin'],
      questions: [
        { key: 'username', kind: 'input', message: 'User name' },
        { key: 'password', kind: 'secret', message: 'Password' },
      ],
    },
  ],
  profileSettings: [],
  authQuestion: 'How do you want to sign in?',
  servers: {
    question: 'Which Alauda server?',
    choices: async () => [
      { name: 'Alauda China (https://api.alauda.cn)', server: 'https://api.alauda.cn' },
      { name: 'Alauda international (https://api.alauda.io)', server: 'https://api.alauda.io' },
      { name: 'Another Alauda deployment (enter its URL)', other: true },
    ],
    otherUrlQuestion: 'Server URL (e.g. https://registry.example.com)',
  },
  nextStep: 'regnotify hook list',
  http: async () => (await import('./http.js')).alaudaHttp,
  credentialHeaders: ['Authorization'],
  apiPages: async () => (await import('./pagination.js')).alaudaApiPages,
  createClient: async (http) => (await import('./client.js')).createAlaudaClient(http),
  verify: async (http) => (await import('./verify.js')).verifyAlaudaCredentials(http),
  credentials: async () => (await import('./sign-in.js')).alaudaCredentials,
  catalog: async () => (await import('./catalog-view.js')).alaudaCatalogView,
  secretFields: async () => (await import('./catalog.js')).alaudaSecretFields,
  emulator: async () => (await import('../../emulator/alauda/index.js')).install,
};
