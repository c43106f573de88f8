// The body Quay POSTs to a webhook when a notification is tested (`notification test`): base repository
// fields (quay/quay notifications/__init__.py build_repository_event_data) plus the event's sample fields
// (each event's get_sample_data in notifications/notificationevent.py). The emulator's deliveries use it.

import { UsageError } from '../../../core/errors.js';
import { describeChoice } from '../../../core/suggest.js';
import { eventNames, findQuayEvent, type QuayEventName } from './events.js';
import { QUAY_SEVERITIES, type QuaySeverity } from './severities.js';
import type { JsonObject } from './values.js';

interface EventSample {
  /** Fields Quay's test notification adds to the base repository payload. */
  readonly fields: (eventConfig: JsonObject, now: Date) => JsonObject;
  /** Appended to the payload's `homepage` (build events link to the build). */
  readonly subpage?: string;
}

const SAMPLE_BUILD_ID = 'fake-build-id';

const SAMPLE_TRIGGER_METADATA = {
  default_branch: 'master',
  ref: 'refs/heads/somebranch',
  commit: '42d4a62c53350993ea41069e9f2cfdefb0df097d',
};

function sampleTriggerMetadataWithCommit(now: Date): JsonObject {
  return {
    ...SAMPLE_TRIGGER_METADATA,
    commit_info: {
      url: 'http://path/to/the/commit',
      message: 'Some commit message',
      date: Math.floor(now.getTime() / 1000),
      author: {
        username: 'fakeauthor',
        url: 'http://path/to/fake/author/in/scm',
        avatar_url: 'http://www.gravatar.com/avatar/fakehash',
      },
    },
  };
}

function sampleBuild(extra: JsonObject): JsonObject {
  return {
    build_id: SAMPLE_BUILD_ID,
    build_name: 'some-fake-build',
    docker_tags: ['latest', 'foo', 'bar'],
    trigger_id: '1245634',
    trigger_kind: 'GitHub',
    trigger_metadata: SAMPLE_TRIGGER_METADATA,
    ...extra,
  };
}

function buildSample(fields: EventSample['fields']): EventSample {
  return { fields, subpage: `/build/${SAMPLE_BUILD_ID}` };
}

const MIRROR_SAMPLE: EventSample = { fields: () => ({ message: 'TEST NOTIFICATION' }) };

/** Quay's sample names the severity of the configured level, and "Unknown" when there is none. */
function sampleVulnerabilityPriority(eventConfig: JsonObject): QuaySeverity {
  const level = Number(eventConfig.level);
  return 'level' in eventConfig && Number.isInteger(level) && level >= 0 && level < QUAY_SEVERITIES.length
    ? QUAY_SEVERITIES[level]
    : 'Unknown';
}

const EVENT_SAMPLES: Readonly<Record<QuayEventName, EventSample>> = {
  repo_push: { fields: () => ({ updated_tags: ['latest', 'foo'], pruned_image_count: 3 }) },
  build_queued: buildSample((_eventConfig, now) => ({
    is_manual: false,
    ...sampleBuild({ trigger_metadata: sampleTriggerMetadataWithCommit(now) }),
  })),
  build_start: buildSample(() => sampleBuild({})),
  build_success: buildSample(() => sampleBuild({ image_id: '1245657346' })),
  build_failure: buildSample((_eventConfig, now) =>
    sampleBuild({ error_message: 'This is a fake error message', trigger_metadata: sampleTriggerMetadataWithCommit(now) }),
  ),
  build_cancelled: buildSample(() => sampleBuild({ image_id: '1245657346' })),
  vulnerability_found: {
    fields: (eventConfig) => ({
      tags: ['latest', 'prod', 'foo', 'bar', 'baz'],
      image: 'some-image-id',
      vulnerability: {
        id: 'CVE-FAKE-CVE',
        description: 'A futurist vulnerability',
        link: 'https://security-tracker.debian.org/tracker/CVE-FAKE-CVE',
        priority: sampleVulnerabilityPriority(eventConfig),
      },
    }),
  },
  repo_mirror_sync_started: MIRROR_SAMPLE,
  repo_mirror_sync_success: MIRROR_SAMPLE,
  repo_mirror_sync_failed: MIRROR_SAMPLE,
  // Quay's own sample needs days; without it there is no expiry to describe.
  repo_image_expiry: {
    fields: (eventConfig) =>
      'days' in eventConfig ? { tags: ['latest', 'v1'], expiring_in: `${eventConfig.days} days` } : { tags: ['latest', 'v1'] },
  },
};

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
  const sample = EVENT_SAMPLES[entry.name as QuayEventName];
  const { host, scheme } = serverAddress(options.host, options.scheme ?? 'https');
  const repository = `${options.namespace}/${options.name}`;
  return {
    repository,
    namespace: options.namespace,
    name: options.name,
    docker_url: `${host}/${repository}`,
    homepage: `${scheme}://${host}/repository/${repository}${sample.subpage ?? ''}`,
    ...sample.fields(options.eventConfig ?? {}, options.now ?? new Date()),
  };
}

function serverAddress(host: string, scheme: string): { host: string; scheme: string } {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return { host, scheme };
  const url = new URL(host);
  return { host: url.host, scheme: url.protocol.replace(/:$/, '') };
}

/** Each quota event's get_sample_data (quay/quay notifications/notificationevent.py, QuotaWarningEvent, QuotaErrorEvent). */
const NAMESPACE_EVENT_SAMPLES: Readonly<Record<string, JsonObject>> = {
  quota_warning: {
    threshold_percent: 80,
    usage_bytes: 858993459,
    limit_bytes: 1073741824,
    usage_percent: 80,
    usage_bytes_formatted: '819.20 MB',
    limit_bytes_formatted: '1.00 GB',
  },
  quota_error: {
    threshold_percent: 100,
    usage_bytes: 1127428915,
    limit_bytes: 1073741824,
    usage_percent: 105,
    usage_bytes_formatted: '1.05 GB',
    limit_bytes_formatted: '1.00 GB',
  },
};

/** What Quay POSTs when a namespace notification is tested: build_namespace_event_data plus the event's sample. */
export function namespaceSamplePayload(event: string, options: { namespace: string; host: string; scheme?: 'http' | 'https' }): JsonObject {
  const sample = NAMESPACE_EVENT_SAMPLES[event];
  if (!sample) throw new UsageError(describeChoice('event', event, Object.keys(NAMESPACE_EVENT_SAMPLES)));
  const { host, scheme } = serverAddress(options.host, options.scheme ?? 'https');
  return { namespace: options.namespace, homepage: `${scheme}://${host}/organization/${options.namespace}`, ...sample };
}
