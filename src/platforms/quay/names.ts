// Quay repository references `namespace/name` and the rules Quay applies to each part
// (quay/quay util/names.py, util/validation.py).

import { UsageError } from '../../core/errors.js';

export interface RepositoryRef {
  namespace: string;
  /** May contain `/` (extended repository names, on by default since Quay 3.6). */
  name: string;
}

/** FEATURE_EXTENDED_REPOSITORY_NAMES: slash-separated segments, 255 characters in total. */
const REPOSITORY_NAME_PATTERN = /^(?=.{0,255}$)[a-z0-9][.a-z0-9_-]*(?:\/[a-z0-9][.a-z0-9_-]*)*$/;
const REPOSITORY_NAME_RULE =
  'lowercase letters, digits, ".", "_" and "-"; each "/"-separated part starts with a letter or digit; at most 255 characters';

const NAMESPACE_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const NAMESPACE_MIN_LENGTH = 2;
const NAMESPACE_MAX_LENGTH = 255;
const NAMESPACE_RULE = `${NAMESPACE_MIN_LENGTH}-${NAMESPACE_MAX_LENGTH} lowercase letters and digits, separated by single ".", "_" or "-"`;

/** Quay's two visibilities; a new repository is private unless asked otherwise. */
export const REPOSITORY_VISIBILITIES = ['private', 'public'] as const;
export type RepositoryVisibility = (typeof REPOSITORY_VISIBILITIES)[number];

export function validateRepositoryName(name: string): string {
  if (!REPOSITORY_NAME_PATTERN.test(name)) throw new UsageError(`invalid repository name "${name}" (${REPOSITORY_NAME_RULE})`);
  return name;
}

export function validateNamespace(namespace: string): string {
  const fits = namespace.length >= NAMESPACE_MIN_LENGTH && namespace.length <= NAMESPACE_MAX_LENGTH;
  if (!fits || !NAMESPACE_PATTERN.test(namespace)) throw new UsageError(`invalid namespace "${namespace}" (${NAMESPACE_RULE})`);
  return namespace;
}

/** `ns/name` → {namespace, name}; the first `/` splits, so `ns/a/b` is repository `a/b` in `ns`. */
export function parseRepositoryRef(text: string): RepositoryRef {
  const separator = text.indexOf('/');
  if (separator <= 0 || separator === text.length - 1) {
    throw new UsageError(`invalid repository "${text}" (expected namespace/name, e.g. quayadmin/busybox)`);
  }
  return {
    namespace: validateNamespace(text.slice(0, separator)),
    name: validateRepositoryName(text.slice(separator + 1)),
  };
}

/** The `{repo}` part of an API path. Quay's route needs the slashes raw, so only each segment is encoded. */
export function repositoryPath(ref: RepositoryRef | string): string {
  const { namespace, name } = typeof ref === 'string' ? parseRepositoryRef(ref) : ref;
  return [namespace, ...name.split('/')].map(encodeURIComponent).join('/');
}

/** Quay names a notification by a random UUID (str(uuid.uuid4()) in data/model/notification.py). */
const NOTIFICATION_UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checked before anything is sent: an empty uuid would address the notification list itself. */
export function validateNotificationUuid(text: string): string {
  if (!NOTIFICATION_UUID_PATTERN.test(text)) {
    throw new UsageError(`invalid notification uuid ${JSON.stringify(text)} (expected 8-4-4-4-12 hex digits, e.g. 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01)`, {
      hint: 'regnotify notification list NAMESPACE/NAME -q prints the uuids',
    });
  }
  return text;
}
