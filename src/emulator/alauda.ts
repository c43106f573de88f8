import type { EmulatorCredentials } from './credentials.js';
import type { Emulator } from './server.js';

/** Routes of the Alauda API; filled in by the alauda platform work. */
export function installAlauda(_emulator: Emulator, _credentials: EmulatorCredentials): void {}
