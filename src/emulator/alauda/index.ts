// The Alauda emulator: the /v1 API as its API documentation describes it (api/webhook.md, api/users.md): web hooks
// behind `Authorization: Token`, the token exchange, Django REST framework error bodies, and deliveries fired at a
// hook's URL, signed as Alauda signs them.
import type { EmulatorCredentials } from '../credentials.js';
import type { Emulator } from '../server.js';
import { registerAlaudaRoutes } from './routes.js';
import { AlaudaState, attachAlaudaState } from './state.js';

export {
  AlaudaDeliveryError,
  fireAlaudaDelivery,
  postDelivery,
  type AlaudaDeliveryResult,
  type FireDeliveryOptions,
} from './deliveries.js';

export function install(emulator: Emulator, credentials: EmulatorCredentials): void {
  const state = new AlaudaState(credentials.alaudaUsername);
  attachAlaudaState(emulator, state);
  emulator.onReset(() => state.seed());
  registerAlaudaRoutes(emulator, state, credentials);
}
