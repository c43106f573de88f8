// Quay's API routes on the shared router. Under /repository/{repo} Quay checks, in this order: the repository
// path, the CSRF token of a write, the caller's permission, and only then the method, so every route there is
// registered for all four methods and the ones it lacks answer 405 after the same checks.
import type { EmulatorCredentials } from '../credentials.js';
import type { Emulator, EmulatorRequest, EmulatorResponse } from '../server.js';
import { CSRF_FAILURE, METHOD_NOT_ALLOWED, NOT_FOUND_PAGE } from './answers.js';
import { splitRepository, unauthorized, userOf, type QuayCall, type RepositoryCall } from './call.js';
import {
  createNotification,
  deleteNotification,
  getAuthorizedEmail,
  getNotification,
  listNotifications,
  redirectToCollection,
  resetNotificationFailures,
  sendAuthorization,
  testNotification,
} from './notifications.js';
import {
  changeVisibility,
  createRepository,
  currentUser,
  deleteRepository,
  getRepository,
  listRepositories,
  listTags,
  updateRepository,
} from './repositories.js';
import { registerNamespaceNotificationRoutes } from './namespace-notifications.js';
import type { QuayState } from './state.js';

const API = '/api/v1';
const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;

type Method = (typeof METHODS)[number];
type RepositoryHandler = (call: RepositoryCall) => EmulatorResponse;
/** A check before the handler: its answer stops the request. */
type Guard = (call: RepositoryCall) => EmulatorResponse | undefined;

const isWrite = (call: QuayCall) => call.request.method !== 'GET' && call.request.method !== 'HEAD';

/** Non-GET requests without a valid token fail Quay's CSRF check before anything else. */
const tokenForWrites: Guard = (call) => (isWrite(call) && !call.user ? CSRF_FAILURE : undefined);
const adminOnly: Guard = (call) => (call.state.isAdmin(call.user, call.ref.namespace) ? undefined : unauthorized(call));
/** Reading a repository has its own rules (public ones are readable by anyone); changing one needs an admin. */
const adminForWrites: Guard = (call) => (isWrite(call) ? adminOnly(call) : undefined);

const methodNotAllowed: RepositoryHandler = () => METHOD_NOT_ALLOWED;

export function registerQuayRoutes(emulator: Emulator, state: QuayState, credentials: EmulatorCredentials): void {
  const call = (request: EmulatorRequest): QuayCall => ({ request, state, user: userOf(request, credentials), host: emulator.url });

  emulator.route('GET', `${API}/user/`, (request) => currentUser(call(request)));
  emulator.route('POST', `${API}/repository`, (request) => createRepository(call(request)));
  emulator.route('GET', `${API}/repository`, (request) => listRepositories(call(request)));

  /** `:repository+` spans slashes; the more specific suffixes come first, the repository itself last. */
  function underRepository(suffix: string, guards: Guard[], handlers: Partial<Record<Method, RepositoryHandler>>): void {
    for (const method of METHODS) {
      const handler = handlers[method] ?? methodNotAllowed;
      emulator.route(method, `${API}/repository/:repository+${suffix}`, (request, params) => {
        const ref = splitRepository(params.repository);
        if (!ref) return NOT_FOUND_PAGE;
        const scoped: RepositoryCall = { ...call(request), ref, uuid: params.uuid ?? '' };
        for (const guard of guards) {
          const answer = guard(scoped);
          if (answer) return answer;
        }
        return handler(scoped);
      });
    }
  }

  const redirect = redirectToCollection;
  underRepository('/notification', [], { GET: redirect, POST: redirect, PUT: redirect, DELETE: redirect });
  underRepository('/notification/', [tokenForWrites, adminOnly], { GET: listNotifications, POST: createNotification });
  underRepository('/notification/:uuid/test', [tokenForWrites, adminOnly], { POST: testNotification });
  underRepository('/notification/:uuid', [tokenForWrites, adminOnly], {
    GET: getNotification,
    POST: resetNotificationFailures,
    DELETE: deleteNotification,
  });
  underRepository('/authorizedemail/:email', [tokenForWrites, adminOnly], { GET: getAuthorizedEmail, POST: sendAuthorization });
  underRepository('/changevisibility', [tokenForWrites], { POST: changeVisibility });
  underRepository('/tag/', [], { GET: listTags });
  underRepository('', [tokenForWrites, adminForWrites], { GET: getRepository, PUT: updateRepository, DELETE: deleteRepository });

  // The link in Quay's confirmation mail, clicked: POST /_emulator/quay/authorizedemail/<ns>/<name>/<email>/confirm.
  emulator.controlRoute('POST', '/quay/authorizedemail/:repository+/:email/confirm', (_request, params) =>
    state.confirmEmail(params.repository, params.email)
      ? { status: 204 }
      : { status: 404, json: { message: `no confirmation mail was sent to ${params.email} for ${params.repository}` } },
  );

  registerNamespaceNotificationRoutes(emulator, call);
}
