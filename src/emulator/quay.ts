import type { EmulatorCredentials } from './credentials.js';
import type { Emulator } from './server.js';

/** Routes of the Quay API; filled in by the quay platform work. */
export function installQuay(_emulator: Emulator, _credentials: EmulatorCredentials): void {}
