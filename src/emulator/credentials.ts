// Fixed credentials the emulator accepts; `regnotify emulator` prints them and the demo uses them.
export const EMULATOR_CREDENTIALS = {
  quayToken: 'emulator-quay-token',
  quayUser: 'quayadmin',
  alaudaToken: '0123456789abcdef0123456789abcdef01234567',
  alaudaUsername: 'alaudauser',
  alaudaPassword: 'alauda-password',
  codeartsToken: 'emulator-codearts-token',
  codeartsAccessKey: 'EMULATORACCESSKEY',
  codeartsSecretKey: 'emulator-secret-key',
  codeartsUsername: 'codearts-user',
  codeartsDomain: 'codearts-domain',
  codeartsPassword: 'codearts-password',
} as const;

export type EmulatorCredentials = typeof EMULATOR_CREDENTIALS;
