// The body Quay POSTs to a webhook when a notification is tested (`notification test`):
// base repository fields (notifications/__init__.py build_repository_event_data) plus the event's sample fields.

import { UsageError } from '../../core/errors.js';
import { describeChoice } from '../../core/suggest.js';
import { eventNames, findQuayEvent, type JsonObject } from './catalog.js';

export interface SamplePayloadOptions {
  namespace: string;
  name: string;
  /** Quay's SERVER_HOSTNAME (`quay.example.com`, `127.0.0.1:8080`), or a base URL whose scheme is then used. */
  host: string;
  /** Quay's PREFERRED_URL_SCHEME when `host` has none; default https. */
  scheme?: 'http' | 'https';
  /** The notification's stored event config (vulnerability level, expiry days). */
  eventConfig?: JsonObject;
  /** Clock for the build samples' commit date; tests pass a fixed one. */
  now?: Date;
}

export function samplePayload(event: string, options: SamplePayloadOptions): JsonObject {
  const entry = findQuayEvent(event);
  if (!entry) throw new UsageError(describeChoice('event', event, eventNames));
  const { host, scheme } = serverAddress(options.host, options.scheme ?? 'https');
  const repository = `${options.namespace}/${options.name}`;
  return {
    repository,
    namespace: options.namespace,
    name: options.name,
    docker_url: `${host}/${repository}`,
    homepage: `${scheme}://${host}/repository/${repository}${entry.sampleSubpage ?? ''}`,
    ...entry.sample(options.eventConfig ?? {}, options.now ?? new Date()),
  };
}

function serverAddress(host: string, scheme: string): { host: string; scheme: string } {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return { host, scheme };
  const url = new URL(host);
  return { host: url.host, scheme: url.protocol.replace(/:$/, '') };
}
