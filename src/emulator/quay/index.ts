// The Quay emulator: the API as Quay answers it (quay/quay endpoints/api/; docs/platforms/quay.md): repositories,
// repository notifications, Bearer auth with Quay's quirks (a bad token runs as anonymous), its status codes and
// error shapes, 100-repository pages with an opaque token, the trailing-slash redirect, 415 without a JSON
// content type, and real test deliveries.
import type { EmulatorCredentials } from '../credentials.js';
import type { Emulator } from '../server.js';
import { registerQuayRoutes } from './routes.js';
import { seedControl } from './seed.js';
import { QuayState, type QuayEmulatorControl } from './state.js';

export { QUAY_AUTHORIZED_EMAILS, QUAY_SEED_NOTIFICATIONS, type QuayDelivery, type QuayEmulatorControl } from './state.js';

const controls = new WeakMap<Emulator, QuayEmulatorControl>();

export function install(emulator: Emulator, credentials: EmulatorCredentials): void {
  const state = new QuayState();
  controls.set(emulator, state);
  emulator.onReset(() => state.seed());
  registerQuayRoutes(emulator, state, credentials);
  emulator.controlRoute('POST', '/quay/seed', (request) => seedControl(request, state));
}

/** The Quay state of an emulator, for tests and the demo. */
export function quayControl(emulator: Emulator): QuayEmulatorControl {
  const control = controls.get(emulator);
  if (!control) throw new Error('the Quay emulator is not installed on this emulator');
  return control;
}
