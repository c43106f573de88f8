// Whose notifications a verb works on: a repository's (`acme/app`), or, with --org/--user, a namespace's own
// (Quay 3.18+ quota notifications). The positional arguments shift: `get acme/app UUID` but `get --org acme UUID`.
import { UsageError } from '../../core/errors.js';
import type { NamespaceRef, QuayClient } from '../../platforms/quay/client.js';
import type { NotificationCreateBody } from '../../platforms/quay/schemas.js';
import { parseRepositoryRef, validateNamespace, validateNotificationUuid, type RepositoryRef } from '../../platforms/quay/names.js';
import type { ArgumentSpec, OptionSpecs } from '../define.js';

export interface ScopeFlags {
  org?: string;
  user?: boolean;
}

export type NotificationScope =
  | { kind: 'repository'; ref: RepositoryRef; label: string }
  | { kind: 'namespace'; namespace: NamespaceRef; label: string; flag: string };

export const SCOPE_OPTIONS = {
  org: { value: 'organization', description: "the organization's own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository's" },
  user: { description: "your user namespace's own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository's" },
} as const satisfies OptionSpecs;

/** The repository argument of a verb that also takes --org/--user. */
export const SCOPED_REPOSITORY: ArgumentSpec = { name: 'repository', description: 'namespace/name (leave out with --org or --user)', optional: true };
export const SCOPED_UUID: ArgumentSpec = { name: 'uuid', description: 'notification uuid (see notification list)', optional: true };

/** The scope and the uuid (when the verb takes one) from the positional arguments and --org/--user. */
export function notificationScope(args: Array<string | undefined>, flags: ScopeFlags, takesUuid: boolean): { scope: NotificationScope; uuid: string } {
  const given = args.filter((value): value is string => value !== undefined);
  if (flags.org !== undefined && flags.user) throw new UsageError('--org and --user cannot be combined (give one namespace)');
  if (flags.org !== undefined || flags.user) {
    const namespace: NamespaceRef = flags.user ? { kind: 'user' } : { kind: 'org', name: validateNamespace(flags.org!) };
    const flag = flags.user ? '--user' : `--org ${flags.org}`;
    if (given.length > (takesUuid ? 1 : 0)) {
      throw new UsageError(`unexpected argument "${given[0]}" (${flag} replaces the repository argument)`);
    }
    if (takesUuid && given.length === 0) throw new UsageError('missing argument uuid (the notification uuid, see notification list)');
    const label = namespace.kind === 'org' ? `organization ${namespace.name}` : 'your user namespace';
    if (takesUuid) validateNotificationUuid(given[0]);
    return { scope: { kind: 'namespace', namespace, label, flag }, uuid: given[0] ?? '' };
  }
  if (given.length === 0) {
    throw new UsageError('missing argument repository (namespace/name, or --org ORG / --user for namespace notifications)');
  }
  if (takesUuid && given.length === 1) throw new UsageError('missing argument uuid (the notification uuid, see notification list)');
  const ref = parseRepositoryRef(given[0]);
  if (takesUuid) validateNotificationUuid(given[1]);
  return { scope: { kind: 'repository', ref, label: given[0] }, uuid: given[1] ?? '' };
}

/** How a follow-up command names this scope: `acme/app` or `--org acme`. */
export function scopeWords(scope: NotificationScope): string {
  return scope.kind === 'repository' ? scope.label : scope.flag;
}

/** The client calls for one scope, so a verb does not branch on it. */
/** Where a notification lives, for result objects: `{repository: "acme/app"}`, `{organization: "acme"}` or `{user: true}`. */
export function scopeFields(scope: NotificationScope): Record<string, unknown> {
  if (scope.kind === 'repository') return { repository: scope.label };
  return scope.namespace.kind === 'org' ? { organization: scope.namespace.name } : { user: true };
}

export function scopedNotifications(quay: QuayClient, scope: NotificationScope) {
  if (scope.kind === 'repository') {
    const ref = scope.ref;
    return {
      list: () => quay.notifications.list(ref, { repositoryMustExist: true }),
      exists: (uuid: string) => quay.notifications.exists(ref, uuid),
      findSame: (body: NotificationCreateBody) => quay.notifications.findSame(ref, body),
      get: (uuid: string) => quay.notifications.get(ref, uuid),
      test: (uuid: string) => quay.notifications.test(ref, uuid),
      reset: (uuid: string) => quay.notifications.reset(ref, uuid),
      delete: (uuid: string) => quay.notifications.delete(ref, uuid),
    };
  }
  const namespace = scope.namespace;
  return {
    list: () => quay.namespaceNotifications.list(namespace),
    exists: (uuid: string) => quay.namespaceNotifications.exists(namespace, uuid),
    findSame: (body: NotificationCreateBody) => quay.namespaceNotifications.findSame(namespace, body),
    get: (uuid: string) => quay.namespaceNotifications.get(namespace, uuid),
    test: (uuid: string) => quay.namespaceNotifications.test(namespace, uuid),
    reset: (uuid: string) => quay.namespaceNotifications.reset(namespace, uuid),
    delete: (uuid: string) => quay.namespaceNotifications.delete(namespace, uuid),
  };
}
