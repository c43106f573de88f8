// An emulator of every platform on one server (their paths do not overlap: /api/v1, /v1, /v3 and /v4);
// each platform's descriptor says how to install its routes.
import { DESCRIPTORS, PLATFORMS } from '../platforms/index.js';
import { EMULATOR_CREDENTIALS } from './credentials.js';
import { Emulator } from './server.js';

export { Emulator, EMULATOR_CREDENTIALS };

/** Installs the routes of every platform on an emulator that is not started yet. */
export async function installPlatforms(emulator: Emulator): Promise<Emulator> {
  for (const name of PLATFORMS) (await DESCRIPTORS[name].emulator())(emulator, EMULATOR_CREDENTIALS);
  return emulator;
}

export function createEmulator(): Promise<Emulator> {
  return installPlatforms(new Emulator());
}

export async function startEmulator(port = 0, host = '127.0.0.1', options: { accessLog?: (line: string) => void } = {}): Promise<Emulator> {
  const emulator = await createEmulator();
  emulator.accessLog = options.accessLog;
  await emulator.start(port, host);
  return emulator;
}
