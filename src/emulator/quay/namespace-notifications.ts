// A namespace's own notifications (quay/quay endpoints/api/namespacenotification.py, Quay 3.18+): an organization's
// under /organization/{org}/notifications, the caller's under /user/namespacenotifications. Registered only with
// FEATURE_QUOTA_NOTIFICATIONS (`@show_if`): without it every route is Flask's plain 404. Unlike the repository
// routes, a missing or foreign uuid is a proper 404 here.
import { findQuayMethod, namespaceEventNames } from '../../platforms/quay/catalog/index.js';
import { QUAY_CRASH, serverValidateMethodConfig } from '../../platforms/quay/catalog/server-validation.js';
import { notificationCreateBodySchema } from '../../platforms/quay/schemas.js';
import type { Emulator, EmulatorRequest, EmulatorResponse } from '../server.js';
import { CSRF_FAILURE, FLASK_NOT_FOUND, INTERNAL_SERVER_ERROR, METHOD_NOT_ALLOWED, problem, validated } from './answers.js';
import { unauthorized, type QuayCall } from './call.js';
import { deliverNamespaceNotification } from './deliveries.js';
import { targetCheck } from './notifications.js';
import { newNotification, publicNamespaceNotification, type StoredNamespaceNotification } from './state.js';

const API = '/api/v1';

interface NamespaceCall extends QuayCall {
  /** The organization or user whose notifications these are. */
  namespace: string;
  uuid: string;
}

const notFound = (call: QuayCall) => problem(404, 'not_found', 'Not Found', call.host);

function list(call: NamespaceCall): EmulatorResponse {
  return { status: 200, json: { notifications: call.state.namespaceNotifications(call.namespace) } };
}

/** _validate_create_request: the event, then the method by name, then the method's own validate() without a repository. */
function create(call: NamespaceCall): EmulatorResponse {
  const parsed = validated(call.request, notificationCreateBodySchema, call.host);
  if ('response' in parsed) return parsed.response;
  const body = parsed.body;
  if (!namespaceEventNames.includes(body.event)) {
    const allowed = [...namespaceEventNames].sort().join(', ');
    return problem(400, 'invalid_request', `Invalid event '${body.event}'. Must be one of: ${allowed}`, call.host);
  }
  if (!findQuayMethod(body.method)) return problem(400, 'invalid_request', `Unknown notification method '${body.method}'`, call.host);
  // EmailMethod.validate returns at once without a repository: no address, authorized or not, is needed.
  const message =
    body.method === 'email'
      ? undefined
      : (serverValidateMethodConfig(body.method, body.config) ??
        (body.method === 'quay_notification' ? targetCheck(call.state, call.namespace, body.config) : undefined));
  if (message === QUAY_CRASH) return INTERNAL_SERVER_ERROR;
  if (message) return problem(400, 'invalid_request', message, call.host);
  const stored: StoredNamespaceNotification = { namespace: call.namespace, ...newNotification(body) };
  call.state.namespaceNotificationsByUuid.set(stored.uuid, stored);
  return { status: 201, json: publicNamespaceNotification(stored) };
}

function found(call: NamespaceCall): StoredNamespaceNotification | undefined {
  const stored = call.state.namespaceNotificationsByUuid.get(call.uuid);
  return stored?.namespace === call.namespace ? stored : undefined;
}

function get(call: NamespaceCall): EmulatorResponse {
  const stored = found(call);
  return stored ? { status: 200, json: publicNamespaceNotification(stored) } : notFound(call);
}

function remove(call: NamespaceCall): EmulatorResponse {
  if (!found(call)) return notFound(call);
  call.state.namespaceNotificationsByUuid.delete(call.uuid);
  return { status: 204 };
}

function reset(call: NamespaceCall): EmulatorResponse {
  const stored = found(call);
  if (!stored) return notFound(call);
  stored.number_of_failures = 0;
  return { status: 204 };
}

function test(call: NamespaceCall): EmulatorResponse {
  const stored = found(call);
  if (!stored) return notFound(call);
  call.state.track(deliverNamespaceNotification(call.state, stored, call.host));
  return { status: 200, json: {} };
}

type Handler = (call: NamespaceCall) => EmulatorResponse;

export function registerNamespaceNotificationRoutes(emulator: Emulator, base: (request: EmulatorRequest) => QuayCall): void {
  /**
   * The checks in Quay's order: the feature, the CSRF token of a write, then the permission (for an
   * organization, administering it: a missing one fails there too, with 403), then the method.
   */
  function register(pattern: string, handlers: Partial<Record<string, Handler>>, namespaceOf: (call: QuayCall, params: Record<string, string>) => string | undefined): void {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
      emulator.route(method, `${API}${pattern}`, (request, params) => {
        const call = base(request);
        if (!call.state.quotaNotifications) return FLASK_NOT_FOUND;
        if (method !== 'GET' && !call.user) return CSRF_FAILURE;
        const namespace = namespaceOf(call, params);
        if (namespace === undefined) return unauthorized(call);
        const handler = handlers[method];
        return handler ? handler({ ...call, namespace, uuid: params.uuid ?? '' }) : METHOD_NOT_ALLOWED;
      });
    }
  }

  const organization = (call: QuayCall, params: Record<string, string>) =>
    call.state.isAdmin(call.user, params.org) && call.state.namespaces.get(params.org)?.kind === 'org' ? params.org : undefined;
  const user = (call: QuayCall) => call.user;

  register('/organization/:org/notifications', { GET: list, POST: create }, organization);
  register('/organization/:org/notifications/:uuid/test', { POST: test }, organization);
  register('/organization/:org/notifications/:uuid', { GET: get, DELETE: remove, POST: reset }, organization);
  register('/user/namespacenotifications', { GET: list, POST: create }, user);
  register('/user/namespacenotifications/:uuid/test', { POST: test }, user);
  register('/user/namespacenotifications/:uuid', { GET: get, DELETE: remove, POST: reset }, user);
}
