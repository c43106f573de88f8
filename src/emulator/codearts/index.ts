// The CodeArts emulator: Repo API v4 (notification subscriptions, the user's repositories) and the IAM token
// endpoint, as Huawei's API reference describes them (api-codeartsrepo, api-iam; docs/platforms/codearts.md).
// Server-side checks reuse the platform's catalog, schemas and signer. CodeArts sends no deliveries of its own
// here, so there is no deliveries module.
import type { EmulatorCredentials } from '../credentials.js';
import type { Emulator } from '../server.js';
import { registerCodeartsRoutes } from './routes.js';
import { CodeartsState } from './state.js';

export { INVALID_PARAMETER_CODE } from './answers.js';
export { verifyRecordedSignature } from './auth.js';
export { CODEARTS_PROJECT_ID, CODEARTS_SEED_REPOSITORIES, CODEARTS_TEMPORARY_KEYS } from './state.js';

const states = new WeakMap<Emulator, CodeartsState>();

/** The CodeArts state installed on an emulator, for tests that switch its behaviour. */
export function codeartsStateOf(emulator: Emulator): CodeartsState | undefined {
  return states.get(emulator);
}

export function install(emulator: Emulator, credentials: EmulatorCredentials): void {
  const state = new CodeartsState();
  states.set(emulator, state);
  emulator.onReset(() => state.reset());
  registerCodeartsRoutes(emulator, state, credentials);
}
