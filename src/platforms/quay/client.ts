// Typed calls of Quay's repository, repository-notification, authorized e-mail and namespace-notification API
// (quay/quay endpoints/api/repository.py, repositorynotification.py, repoemail.py, namespacenotification.py).
// Builds paths (exact trailing slashes), sends bodies, parses answers; never prints, never reads flags.

import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod';
import { ApiError, AuthError, NotFoundError, unlessMissing } from '../../core/errors.js';
import type { HttpClient, QueryValue } from '../../http/transport.js';
import { repositoryPath, type RepositoryRef, type RepositoryVisibility } from './names.js';
import { currentUsername } from './verify.js';
import {
  authorizedEmailSchema,
  createRepositoryResponseSchema,
  notificationListSchema,
  notificationSchema,
  repositoryDetailSchema,
  repositoryListPageSchema,
  successSchema,
  type AuthorizedEmail,
  type CreateRepositoryBody,
  type CreateRepositoryResponse,
  type Notification,
  type NotificationCreateBody,
  type RepositoryDetail,
  type RepositoryListPage,
  type SuccessResponse,
} from './schemas.js';

/** Filters of GET /repository; the same ones must accompany every `next_page`. */
export interface RepositoryListFilters {
  namespace?: string;
  public?: boolean;
  starred?: boolean;
  lastModified?: boolean;
  popularity?: boolean;
}

export interface RepositoryGetOptions {
  /** Quay's default is true (up to 500 tags); regnotify asks for them only when wanted. */
  includeTags?: boolean;
  includeStats?: boolean;
}

// Quay's truthy_bool reads "no" as true, so booleans always travel as "true"/"false" and false ones are left out.
function flag(value: boolean | undefined): QueryValue {
  return value ? 'true' : undefined;
}

function listQuery(filters: RepositoryListFilters, nextPage?: string): Record<string, QueryValue> {
  return {
    namespace: filters.namespace,
    public: flag(filters.public),
    starred: flag(filters.starred),
    last_modified: flag(filters.lastModified),
    popularity: flag(filters.popularity),
    next_page: nextPage,
  };
}

function repository(ref: RepositoryRef): string {
  return `/repository/${repositoryPath(ref)}`;
}

function notifications(ref: RepositoryRef): string {
  // Quay redirects without the trailing slash (308), and a redirected POST is not followed.
  return `${repository(ref)}/notification/`;
}

function notification(ref: RepositoryRef, uuid: string): string {
  // An empty uuid would address the list (DELETE …/notification/); callers check the form, this is the backstop.
  if (uuid === '') throw new Error('notification uuid is empty');
  return `${repository(ref)}/notification/${encodeURIComponent(uuid)}`;
}

function authorizedEmail(ref: RepositoryRef, email: string): string {
  return `${repository(ref)}/authorizedemail/${encodeURIComponent(email)}`;
}

function name(ref: RepositoryRef): string {
  return `${ref.namespace}/${ref.name}`;
}

/** Quay's "Not Found" says nothing about what was missing; name it. */
async function namingMissing<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new NotFoundError(`${what} not found (HTTP ${error.status ?? 404})`, { status: error.status, code: error.code, requestId: error.requestId });
    }
    throw error;
  }
}

/** Quay answers an unknown notification uuid with 400 "No repository notification found …", not 404. */
async function notificationNotFoundOn400<T>(ref: RepositoryRef, uuid: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiError && error.status === 400 && /no repository notification found/i.test(error.message)) {
      throw new NotFoundError(`notification ${uuid} not found in ${name(ref)} (${error.message.replace(/ \(HTTP 400.*\)$/, '')}; HTTP 400)`, {
        status: error.status,
        code: error.code,
        requestId: error.requestId,
      });
    }
    throw error;
  }
}

/** A namespace's own notifications (Quay 3.18+): an organization's, or those of the token's user. */
export type NamespaceRef = { kind: 'org'; name: string } | { kind: 'user' };

function namespaceNotifications(namespace: NamespaceRef): string {
  // No trailing slash here, unlike the repository routes.
  return namespace.kind === 'org' ? `/organization/${encodeURIComponent(namespace.name)}/notifications` : '/user/namespacenotifications';
}

function namespaceName(namespace: NamespaceRef): string {
  return namespace.kind === 'org' ? `organization ${namespace.name}` : 'your user namespace';
}

export const NAMESPACE_NOTIFICATIONS_OFF_HINT =
  'namespace notifications need Quay 3.18 or later with FEATURE_QUOTA_NOTIFICATIONS: true in its config.yaml; ask the Quay administrator';

/**
 * Quay registers the namespace-notification routes only with FEATURE_QUOTA_NOTIFICATIONS (`@show_if`), so a server
 * without it answers every one with Flask's plain 404 `{message}`; a missing organization or uuid is Quay's own
 * `not_found` problem.
 */
async function namespaceCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const details = { status: error.status, code: error.code, requestId: error.requestId };
    if (error.code !== 'not_found') {
      throw new NotFoundError(`this Quay has no namespace notifications: the feature is off (HTTP ${error.status ?? 404})`, {
        ...details,
        hint: NAMESPACE_NOTIFICATIONS_OFF_HINT,
      });
    }
    throw new NotFoundError(`${what} not found (HTTP ${error.status ?? 404})`, details);
  }
}

/**
 * Whether a stored notification is the one a create body asks for (--if-not-exists): the same title when the body
 * has one, otherwise the same event, method, config and event config (Quay keeps both configs as sent).
 */
function sameNotification(existing: Notification, body: NotificationCreateBody): boolean {
  if (body.title !== undefined) return existing.title === body.title;
  return (
    existing.event === body.event &&
    existing.method === body.method &&
    isDeepStrictEqual(existing.config, body.config) &&
    isDeepStrictEqual(existing.event_config, body.eventConfig)
  );
}

function withUuid(list: Notification[], uuid: string): Notification | undefined {
  return list.find((notification) => notification.uuid === uuid);
}

const FORBIDDEN_REPOSITORY_HINT =
  'Quay answers 403 both for a repository the token may not see and for one that does not exist: check the name, then the token and its scopes';

const changeVisibilityResponseSchema = successSchema.nullable();

export function createQuayClient(http: HttpClient) {
  async function repositoryNotifications(ref: RepositoryRef): Promise<Notification[]> {
    return (await http.json({ method: 'GET', path: notifications(ref) }, notificationListSchema)).notifications;
  }

  const client = {
    /** Who the token is: the namespace Quay creates a repository in when none is named. */
    currentUsername: () => currentUsername(http),
    /**
     * Quay runs an invalid or expired token as anonymous and answers an anonymous list with [] rather than 401
     * (docs/platforms/quay.md §4.3), so an empty list is believed only once the token is known to be a user's.
     */
    async checkTokenOfEmptyList(): Promise<void> {
      try {
        await currentUsername(http);
      } catch (error) {
        if (!(error instanceof AuthError && error.status === 401)) throw error;
        throw new AuthError(`the Quay token is not valid: the list came back empty, and GET /user/ answered ${error.message}`, {
          status: error.status,
          code: error.code,
          requestId: error.requestId,
          hint: "check the Quay OAuth token (REGNOTIFY_TOKEN or the profile's token): it may be mistyped, expired or revoked, or lack the user:read scope this check needs",
        });
      }
    },
    repositories: {
      create(body: CreateRepositoryBody): Promise<CreateRepositoryResponse> {
        return http.json({ method: 'POST', path: '/repository', body }, createRepositoryResponseSchema);
      },
      listPage(filters: RepositoryListFilters, nextPage?: string): Promise<RepositoryListPage> {
        return http.json({ method: 'GET', path: '/repository', query: listQuery(filters, nextPage) }, repositoryListPageSchema);
      },
      get(ref: RepositoryRef, options: RepositoryGetOptions = {}): Promise<RepositoryDetail> {
        const query = {
          includeTags: options.includeTags ? 'true' : 'false',
          includeStats: flag(options.includeStats),
        };
        return namingMissing(`repository ${name(ref)}`, () =>
          http.json({ method: 'GET', path: repository(ref), query }, repositoryDetailSchema).catch((error: unknown) => {
            // Quay does not tell a repository you may not see from one that does not exist.
            if (error instanceof AuthError && error.status === 403) error.hint = FORBIDDEN_REPOSITORY_HINT;
            throw error;
          }),
        );
      },
      /** Quay answers 404 only in a namespace the token administers; elsewhere a missing repository is a 403 (exit 4). */
      find(ref: RepositoryRef): Promise<RepositoryDetail | undefined> {
        return unlessMissing(() => client.repositories.get(ref));
      },
      async exists(ref: RepositoryRef): Promise<boolean> {
        return (await client.repositories.find(ref)) !== undefined;
      },
      update(ref: RepositoryRef, description: string): Promise<SuccessResponse> {
        return namingMissing(`repository ${name(ref)}`, () => http.json({ method: 'PUT', path: repository(ref), body: { description } }, successSchema));
      },
      async changeVisibility(ref: RepositoryRef, visibility: RepositoryVisibility): Promise<SuccessResponse> {
        const answer = await http.json(
          { method: 'POST', path: `${repository(ref)}/changevisibility`, body: { visibility }, idempotent: true },
          changeVisibilityResponseSchema,
        );
        // Quay answers 200 null when the repository does not exist but the caller administers the namespace.
        if (answer === null) throw new NotFoundError(`repository ${name(ref)} not found`);
        return answer;
      },
      async delete(ref: RepositoryRef): Promise<void> {
        await http.request({ method: 'DELETE', path: repository(ref) });
      },
    },
    notifications: {
      create(ref: RepositoryRef, body: NotificationCreateBody): Promise<Notification> {
        return http.json({ method: 'POST', path: notifications(ref), body }, notificationSchema);
      },
      /**
       * With `repositoryMustExist`, an empty list is checked against the repository: Quay answers [] for one that
       * does not exist in a namespace the token administers (quay/quay endpoints/api/repositorynotification.py
       * lists by name; `require_repo_admin` passes on the namespace).
       */
      async list(ref: RepositoryRef, options: { repositoryMustExist?: boolean } = {}): Promise<Notification[]> {
        const list = await repositoryNotifications(ref);
        if (list.length === 0 && options.repositoryMustExist) await client.repositories.get(ref);
        return list;
      },
      /** Looked up in the repository's list: Quay's GET of a uuid finds another repository's notification too. */
      async exists(ref: RepositoryRef, uuid: string): Promise<boolean> {
        return withUuid(await repositoryNotifications(ref), uuid) !== undefined;
      },
      /** A notification like the one the body would create (see sameNotification), for --if-not-exists. */
      async findSame(ref: RepositoryRef, body: NotificationCreateBody): Promise<Notification | undefined> {
        return (await repositoryNotifications(ref)).find((notification) => sameNotification(notification, body));
      },
      /**
       * Picked from the repository's list (one GET, full objects): Quay's GET of `…/notification/{uuid}` looks the
       * uuid up alone and answers another repository's notification (quay/quay endpoints/api/repositorynotification.py,
       * `get_repo_notification(uuid)`). An empty list is checked against the repository, as `list` does, so a missing
       * repository is named.
       */
      async get(ref: RepositoryRef, uuid: string): Promise<Notification> {
        const found = withUuid(await client.notifications.list(ref, { repositoryMustExist: true }), uuid);
        if (found === undefined) throw new NotFoundError(`notification ${uuid} not found in ${name(ref)} (not in its notification list)`);
        return found;
      },
      /**
       * Queues a test delivery; Quay answers 200 {} at once and delivers in the background. Quay queues any uuid
       * without checking its repository (`queue_test_notification(uuid)`, as `get`): callers check it with `get` first.
       */
      async test(ref: RepositoryRef, uuid: string): Promise<void> {
        await notificationNotFoundOn400(ref, uuid, () =>
          http.json({ method: 'POST', path: `${notification(ref, uuid)}/test` }, z.unknown()),
        );
      },
      /** Sets number_of_failures to 0, which re-enables a notification disabled after 3 failures. */
      async reset(ref: RepositoryRef, uuid: string): Promise<void> {
        await notificationNotFoundOn400(ref, uuid, () => http.request({ method: 'POST', path: notification(ref, uuid), idempotent: true }));
      },
      async delete(ref: RepositoryRef, uuid: string): Promise<void> {
        await notificationNotFoundOn400(ref, uuid, () => http.request({ method: 'DELETE', path: notification(ref, uuid) }));
      },
    },
    authorizedEmails: {
      /** The address's authorization record for the repository; undefined when there is none (Quay's 404). */
      async get(ref: RepositoryRef, email: string): Promise<AuthorizedEmail | undefined> {
        try {
          return await http.json({ method: 'GET', path: authorizedEmail(ref, email) }, authorizedEmailSchema);
        } catch (error) {
          if (error instanceof NotFoundError) return undefined;
          throw error;
        }
      },
      /** Creates the record if needed and mails the confirmation link; an address already confirmed gets no mail. */
      send(ref: RepositoryRef, email: string): Promise<AuthorizedEmail> {
        return namingMissing(`repository ${name(ref)}`, () => http.json({ method: 'POST', path: authorizedEmail(ref, email) }, authorizedEmailSchema));
      },
    },
    namespaceNotifications: {
      create(namespace: NamespaceRef, body: NotificationCreateBody): Promise<Notification> {
        return namespaceCall(namespaceName(namespace), () =>
          http.json({ method: 'POST', path: namespaceNotifications(namespace), body }, notificationSchema),
        );
      },
      async list(namespace: NamespaceRef): Promise<Notification[]> {
        const answer = await namespaceCall(namespaceName(namespace), () =>
          http.json({ method: 'GET', path: namespaceNotifications(namespace) }, notificationListSchema),
        );
        return answer.notifications;
      },
      get(namespace: NamespaceRef, uuid: string): Promise<Notification> {
        return namespaceCall(`notification ${uuid} of ${namespaceName(namespace)}`, () =>
          http.json({ method: 'GET', path: `${namespaceNotifications(namespace)}/${encodeURIComponent(uuid)}` }, notificationSchema),
        );
      },
      /** A missing uuid is Quay's own `not_found`; a server without the feature stays an error. */
      async exists(namespace: NamespaceRef, uuid: string): Promise<boolean> {
        return (await unlessMissing(() => client.namespaceNotifications.get(namespace, uuid), (error) => error.code === 'not_found')) !== undefined;
      },
      async findSame(namespace: NamespaceRef, body: NotificationCreateBody): Promise<Notification | undefined> {
        return (await client.namespaceNotifications.list(namespace)).find((notification) => sameNotification(notification, body));
      },
      async test(namespace: NamespaceRef, uuid: string): Promise<void> {
        await namespaceCall(`notification ${uuid} of ${namespaceName(namespace)}`, () =>
          http.json({ method: 'POST', path: `${namespaceNotifications(namespace)}/${encodeURIComponent(uuid)}/test` }, z.unknown()),
        );
      },
      async reset(namespace: NamespaceRef, uuid: string): Promise<void> {
        await namespaceCall(`notification ${uuid} of ${namespaceName(namespace)}`, () =>
          http.request({ method: 'POST', path: `${namespaceNotifications(namespace)}/${encodeURIComponent(uuid)}`, idempotent: true }),
        );
      },
      async delete(namespace: NamespaceRef, uuid: string): Promise<void> {
        await namespaceCall(`notification ${uuid} of ${namespaceName(namespace)}`, () =>
          http.request({ method: 'DELETE', path: `${namespaceNotifications(namespace)}/${encodeURIComponent(uuid)}` }),
        );
      },
    },
  };
  return client;
}

export type QuayClient = ReturnType<typeof createQuayClient>;
