// One emulator per test file, reset before each test, so every test starts from the seed and an empty request log.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { Emulator, EMULATOR_CREDENTIALS, installPlatforms } from '../../src/emulator/index.js';

export interface EmulatorFixture {
  emulator: Emulator;
  url: string;
  /** REGNOTIFY_SERVER and REGNOTIFY_TOKEN for the platform. */
  env(platform: 'quay' | 'alauda' | 'codearts'): Record<string, string>;
}

const TOKENS = {
  quay: EMULATOR_CREDENTIALS.quayToken,
  alauda: EMULATOR_CREDENTIALS.alaudaToken,
  codearts: EMULATOR_CREDENTIALS.codeartsToken,
};

export function useEmulator(): EmulatorFixture {
  const fixture = {
    emulator: new Emulator(),
    url: '',
    env(platform: 'quay' | 'alauda' | 'codearts') {
      return { REGNOTIFY_SERVER: fixture.url, REGNOTIFY_TOKEN: TOKENS[platform] };
    },
  };
  beforeAll(async () => {
    await installPlatforms(fixture.emulator);
    fixture.url = await fixture.emulator.start();
  });
  afterAll(() => fixture.emulator.stop());
  beforeEach(() => fixture.emulator.reset());
  return fixture;
}

export { EMULATOR_CREDENTIALS };
