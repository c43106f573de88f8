import type { EmulatorCredentials } from './credentials.js';
import type { Emulator } from './server.js';

/** Routes of the Codearts API; filled in by the codearts platform work. */
export function installCodearts(_emulator: Emulator, _credentials: EmulatorCredentials): void {}
