// Handlers of Quay's repository notification endpoints (quay/quay endpoints/api/repositorynotification.py).
import { randomUUID } from 'node:crypto';
import { findQuayEvent, findQuayMethod, type JsonObject } from '../../platforms/quay/catalog/index.js';
import { serverValidateMethodConfig } from '../../platforms/quay/catalog/server-validation.js';
import { notificationCreateBodySchema } from '../../platforms/quay/schemas.js';
import type { EmulatorResponse } from '../server.js';
import { INTERNAL_SERVER_ERROR, problem, validated } from './answers.js';
import type { RepositoryCall } from './call.js';
import { deliver } from './deliveries.js';
import { publicNotification, QUAY_AUTHORIZED_EMAILS, QUAY_USERS, type StoredNotification } from './state.js';

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
  if (message === 'crash') return INTERNAL_SERVER_ERROR;
  if (message) return problem(400, 'invalid_request', message, host);
  // The insert of a notification for a missing repository fails inside Quay: HTTP 500.
  if (!state.repositories.has(ref.key)) return INTERNAL_SERVER_ERROR;
  const stored: StoredNotification = {
    repository: ref.key,
    uuid: randomUUID(),
    title: body.title ?? null,
    event: body.event,
    method: body.method,
    config: body.config,
    event_config: body.eventConfig,
    number_of_failures: 0,
  };
  state.notificationsByUuid.set(stored.uuid, stored);
  return { status: 201, json: publicNotification(stored) };
}

/** The checks that need Quay's state: authorized e-mails and notification targets. 'crash' = Quay's HTTP 500. */
function stateCheck({ state, ref }: RepositoryCall, method: string, config: JsonObject): string | undefined {
  if (method === 'email' && !QUAY_AUTHORIZED_EMAILS.includes(String(config.email))) {
    return 'The specified e-mail address is not authorized to receive notifications for this repository';
  }
  if (method !== 'quay_notification') return undefined;
  const target = config.target as { kind: string; name?: unknown };
  if (typeof target.name !== 'string') return 'crash';
  if (target.kind === 'user') return QUAY_USERS.has(target.name) ? undefined : `Unknown user ${target.name}`;
  if (target.kind === 'org') {
    if (state.namespaces.get(target.name)?.kind !== 'org') return `Unknown organization ${target.name}`;
    return target.name === ref.namespace ? undefined : 'crash';
  }
  if (target.kind === 'team') return state.namespaces.get(ref.namespace)?.teams.has(target.name) ? undefined : `Unknown team ${target.name}`;
  return 'crash';
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

/** Quay only queues the job and answers at once; the worker delivers later. */
export function testNotification(call: RepositoryCall): EmulatorResponse {
  const stored = call.state.notificationsByUuid.get(call.uuid);
  if (!stored || stored.repository !== call.ref.key) return missingNotification(call);
  call.state.track(deliver(call.state, stored, call.host));
  return { status: 200, json: {} };
}
