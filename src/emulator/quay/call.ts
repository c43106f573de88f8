// What a Quay handler is given: the request, the state, who is calling and the server's address; for the
// routes under /repository/{repo}, the repository reference too.
import { validateNamespace, validateRepositoryName } from '../../platforms/quay/names.js';
import type { EmulatorRequest, EmulatorResponse } from '../server.js';
import { problem } from './answers.js';
import type { QuayState } from './state.js';

export interface QuayCall {
  request: EmulatorRequest;
  state: QuayState;
  /** The token's user; undefined runs as anonymous (also for a bad token, as Quay does). */
  user: string | undefined;
  /** The emulator's base URL, which Quay's error `type` links and sample payloads name. */
  host: string;
}

export interface RepositoryRef {
  namespace: string;
  name: string;
  /** `namespace/name`, the state's key. */
  key: string;
}

export interface RepositoryCall extends QuayCall {
  ref: RepositoryRef;
  /** The notification's uuid on the notification routes. */
  uuid: string;
}

/** Bearer scheme in any case, exactly two parts; anything else runs as anonymous, as Quay does with a bad token. */
export function userOf(request: EmulatorRequest, credentials: { quayToken: string; quayUser: string }): string | undefined {
  const parts = (request.headers.authorization ?? '').trim().split(/\s+/);
  if (parts.length === 2 && parts[0].toLowerCase() === 'bearer' && parts[1] === credentials.quayToken) return credentials.quayUser;
  return undefined;
}

/** 401 for anonymous callers, 403 for a user without the permission. */
export function unauthorized(call: QuayCall): EmulatorResponse {
  return call.user
    ? problem(403, 'insufficient_scope', 'Unauthorized', call.host)
    : problem(401, 'invalid_token', 'Requires authentication', call.host);
}

/** `namespace/name` (the name may hold more slashes), or undefined when either part breaks Quay's naming rules. */
export function splitRepository(text: string): RepositoryRef | undefined {
  const separator = text.indexOf('/');
  if (separator <= 0) return undefined;
  const namespace = text.slice(0, separator);
  const name = text.slice(separator + 1);
  try {
    validateNamespace(namespace);
    validateRepositoryName(name);
  } catch {
    return undefined;
  }
  return { namespace, name, key: `${namespace}/${name}` };
}
