// Handlers of Quay's repository notification endpoints (quay/quay endpoints/api/repositorynotification.py).
import { findQuayEvent, findQuayMethod, type JsonObject } from '../../platforms/quay/catalog/index.js';
import { QUAY_CRASH, serverValidateMethodConfig } from '../../platforms/quay/catalog/server-validation.js';
import { notificationCreateBodySchema } from '../../platforms/quay/schemas.js';
import type { EmulatorResponse } from '../server.js';
import { FLASK_NOT_FOUND, INTERNAL_SERVER_ERROR, problem, validated } from './answers.js';
import type { RepositoryCall } from './call.js';
import { deliver } from './deliveries.js';
import { newNotification, publicNotification, QUAY_USERS, type QuayState, type StoredNotification } from './state.js';

/** Werkzeug's strict slashes: the notification collection lives at .../notification/. */
export function redirectToCollection({ request }: RepositoryCall): EmulatorResponse {
  return { status: 308, headers: { location: `${request.path}/${request.url.search}`, 'content-type': 'text/html' }, text: 'Redirecting...' };
}

export function listNotifications({ state, ref }: RepositoryCall): EmulatorResponse {
  return { status: 200, json: { notifications: state.notifications(ref.key) } };
}

export function createNotification(call: RepositoryCall): EmulatorResponse {
  const { state, ref, host } = call;
  const parsed = validated(call.request, notificationCreateBodySchema, host);
  if ('response' in parsed) return parsed.response;
  const body = parsed.body;
  // Quay looks both names up without catching a miss: HTTP 500 (quay/quay endpoints/api/repositorynotification.py).
  if (!findQuayEvent(body.event) || !findQuayMethod(body.method)) return INTERNAL_SERVER_ERROR;
  const message = serverValidateMethodConfig(body.method, body.config) ?? stateCheck(call, body.method, body.config);
  if (message === QUAY_CRASH) return INTERNAL_SERVER_ERROR;
  if (message) return problem(400, 'invalid_request', message, host);
  // The insert of a notification for a missing repository fails inside Quay: HTTP 500.
  if (!state.repositories.has(ref.key)) return INTERNAL_SERVER_ERROR;
  const stored: StoredNotification = { repository: ref.key, ...newNotification(body) };
  state.notificationsByUuid.set(stored.uuid, stored);
  return { status: 201, json: publicNotification(stored) };
}

/** The checks that need Quay's state: authorized e-mails and notification targets. QUAY_CRASH = Quay's HTTP 500. */
function stateCheck({ state, ref }: RepositoryCall, method: string, config: JsonObject): string | undefined {
  // quay/quay notifications/notificationmethod.py EmailMethod.validate: a confirmed record for this repository.
  if (method === 'email' && !state.authorizedEmail(ref.key, String(config.email))?.confirmed) {
    return 'The specified e-mail address is not authorized to receive notifications for this repository';
  }
  return method === 'quay_notification' ? targetCheck(state, ref.namespace, config) : undefined;
}

/**
 * QuayNotificationMethod.find_targets (quay/quay notifications/notificationmethod.py). For an organization other
 * than the namespace it returns a 2-tuple where its caller unpacks three: Quay answers HTTP 500, not 400.
 */
export function targetCheck(state: QuayState, namespace: string, config: JsonObject): string | undefined {
  const target = config.target as { kind: string; name?: unknown };
  if (typeof target.name !== 'string') return QUAY_CRASH;
  if (target.kind === 'user') return QUAY_USERS.has(target.name) ? undefined : `Unknown user ${target.name}`;
  if (target.kind === 'org') {
    if (state.namespaces.get(target.name)?.kind !== 'org') return `Unknown organization ${target.name}`;
    return target.name === namespace ? undefined : QUAY_CRASH;
  }
  if (target.kind === 'team') return state.namespaces.get(namespace)?.teams.has(target.name) ? undefined : `Unknown team ${target.name}`;
  return QUAY_CRASH;
}

function missingNotification({ ref, uuid, host }: RepositoryCall): EmulatorResponse {
  return problem(400, 'invalid_request', `No repository notification found for: ${ref.namespace}, ${ref.name}, ${uuid}`, host);
}

/** Quay does not check that the uuid belongs to the repository here. */
export function getNotification({ state, uuid, host }: RepositoryCall): EmulatorResponse {
  const stored = state.notificationsByUuid.get(uuid);
  return stored ? { status: 200, json: publicNotification(stored) } : problem(404, 'not_found', 'Not Found', host);
}

export function deleteNotification(call: RepositoryCall): EmulatorResponse {
  const stored = call.state.notificationsByUuid.get(call.uuid);
  if (!stored || stored.repository !== call.ref.key) return missingNotification(call);
  call.state.notificationsByUuid.delete(call.uuid);
  return { status: 204 };
}

/** POST on a notification resets its failure count, which enables it again. */
export function resetNotificationFailures(call: RepositoryCall): EmulatorResponse {
  const stored = call.state.notificationsByUuid.get(call.uuid);
  if (!stored) return missingNotification(call);
  if (stored.repository !== call.ref.key) return { status: 400, json: { message: `No repository notification found with uuid: ${call.uuid}` } };
  stored.number_of_failures = 0;
  return { status: 204 };
}

/**
 * Quay only queues the job and answers at once; the worker delivers later. It looks the uuid up alone, so the uuid
 * of another repository's notification is tested too (quay/quay endpoints/api/repositorynotification.py,
 * TestRepositoryNotification and queue_test_notification).
 */
export function testNotification(call: RepositoryCall): EmulatorResponse {
  const stored = call.state.notificationsByUuid.get(call.uuid);
  if (!stored) return missingNotification(call);
  call.state.track(deliver(call.state, stored, call.host));
  return { status: 200, json: {} };
}

// ---------------------------------------------------------------------------------------------
// Authorized e-mails (quay/quay endpoints/api/repoemail.py); Quay never shows the confirmation code

function authorizedEmailAnswer(record: { repository: string; email: string; confirmed: boolean }): EmulatorResponse {
  const [namespace, ...name] = record.repository.split('/');
  return { status: 200, json: { email: record.email, repository: name.join('/'), namespace, confirmed: record.confirmed } };
}

/**
 * GET: the record, or flask's abort(404) `{message}` when there is none. A missing repository has none either:
 * quay/quay data/model/repository.py get_email_authorized_for_repo joins the repository and answers None.
 */
export function getAuthorizedEmail({ state, ref, request }: RepositoryCall): EmulatorResponse {
  const record = state.authorizedEmail(ref.key, emailOf(request.path));
  return record ? authorizedEmailAnswer(record) : FLASK_NOT_FOUND;
}

/**
 * POST: creates the record if needed and mails the link, except to an address already confirmed. For a missing
 * repository create_email_authorization_for_repo raises DataModelException("Invalid repository …"), which nothing
 * maps to an answer (quay/quay endpoints/api/repoemail.py, data/model/repository.py): HTTP 500.
 */
export function sendAuthorization({ state, ref, request }: RepositoryCall): EmulatorResponse {
  if (!state.repositories.has(ref.key)) return INTERNAL_SERVER_ERROR;
  return authorizedEmailAnswer(state.requestAuthorization(ref.key, emailOf(request.path)));
}

function emailOf(path: string): string {
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
