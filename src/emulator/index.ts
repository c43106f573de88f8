import { EMULATOR_CREDENTIALS } from './credentials.js';
import { installAlauda } from './alauda.js';
import { installCodearts } from './codearts.js';
import { installQuay } from './quay.js';
import { Emulator } from './server.js';

export { Emulator, EMULATOR_CREDENTIALS };

/** An emulator of all three platforms on one server (their paths do not overlap: /api/v1, /v1, /v3 and /v4). */
export function createEmulator(): Emulator {
  const emulator = new Emulator();
  installQuay(emulator, EMULATOR_CREDENTIALS);
  installAlauda(emulator, EMULATOR_CREDENTIALS);
  installCodearts(emulator, EMULATOR_CREDENTIALS);
  return emulator;
}

export async function startEmulator(port = 0, host = '127.0.0.1'): Promise<Emulator> {
  const emulator = createEmulator();
  await emulator.start(port, host);
  return emulator;
}
