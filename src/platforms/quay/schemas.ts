// Zod schemas of Quay's API bodies (quay/quay endpoints/api/repository.py, repositorynotification.py,
// endpoints/exception.py), shared by the client and the emulator.
// Response objects are loose: fields Quay adds in later versions survive parsing and reach `-o json`.

import * as z from 'zod';
import { REPOSITORY_VISIBILITIES } from './names.js';

const jsonObject = z.record(z.string(), z.unknown());

// ---------------------------------------------------------------------------------------------
// Repositories

export const createRepositoryResponseSchema = z.looseObject({
  namespace: z.string(),
  name: z.string(),
  kind: z.string(),
});
export type CreateRepositoryResponse = z.infer<typeof createRepositoryResponseSchema>;

export const quotaReportSchema = z.looseObject({
  quota_bytes: z.number().nullable().optional(),
  configured_quota: z.number().nullable().optional(),
});

export const repositoryListItemSchema = z.looseObject({
  namespace: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  is_public: z.boolean(),
  kind: z.string(),
  // Quay writes null when a repository has no state row.
  state: z.string().nullable(),
  /** Epoch seconds of the newest tag; only with `last_modified=true`. */
  last_modified: z.number().nullable().optional(),
  /** Only with `popularity=true`. */
  popularity: z.number().optional(),
  /** Only when authenticated. */
  is_starred: z.boolean().optional(),
  quota_report: quotaReportSchema.nullable().optional(),
});
export type RepositoryListItem = z.infer<typeof repositoryListItemSchema>;

export const repositoryListPageSchema = z.looseObject({
  repositories: z.array(repositoryListItemSchema),
  /** Present only when more pages exist; send it back verbatim with the same filters. */
  next_page: z.string().optional(),
});
export type RepositoryListPage = z.infer<typeof repositoryListPageSchema>;

export const repositoryTagSchema = z.looseObject({
  name: z.string(),
  size: z.number().nullable().optional(),
  /** RFC 2822 date text. */
  last_modified: z.string().optional(),
  expiration: z.string().optional(),
  manifest_digest: z.string().optional(),
});
export type RepositoryTag = z.infer<typeof repositoryTagSchema>;

export const repositoryDetailSchema = z.looseObject({
  namespace: z.string(),
  name: z.string(),
  kind: z.string(),
  description: z.string().nullable(),
  is_public: z.boolean(),
  is_organization: z.boolean().optional(),
  is_starred: z.boolean().optional(),
  status_token: z.string().optional(),
  trust_enabled: z.boolean().optional(),
  tag_expiration_s: z.number().nullable().optional(),
  is_free_account: z.boolean().optional(),
  state: z.string().nullable().optional(),
  /** Only with `includeTags=true` (Quay's default): at most 500 active tags, keyed by name. */
  tags: z.record(z.string(), repositoryTagSchema).optional(),
  can_write: z.boolean().optional(),
  can_admin: z.boolean().optional(),
  /** Only with `includeStats=true`. */
  stats: z.array(z.looseObject({ date: z.string(), count: z.number() })).optional(),
});
export type RepositoryDetail = z.infer<typeof repositoryDetailSchema>;

export const successSchema = z.looseObject({ success: z.boolean() });
export type SuccessResponse = z.infer<typeof successSchema>;

// ---------------------------------------------------------------------------------------------
// Notifications

/** Request body of POST /repository/{repo}/notification/. Note the camelCase `eventConfig`. */
export const notificationCreateBodySchema = z.object({
  event: z.string(),
  method: z.string(),
  config: jsonObject,
  eventConfig: jsonObject,
  title: z.string().optional(),
});
export type NotificationCreateBody = z.infer<typeof notificationCreateBodySchema>;

/** The same object for create, get and list items; responses say `event_config`. */
export const notificationSchema = z.looseObject({
  uuid: z.string(),
  title: z.string().nullable(),
  event: z.string(),
  method: z.string(),
  config: jsonObject,
  event_config: jsonObject,
  number_of_failures: z.number(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.looseObject({ notifications: z.array(notificationSchema) });
export type NotificationList = z.infer<typeof notificationListSchema>;

/**
 * An address allowed to receive a repository's e-mail notifications (quay/quay endpoints/api/repoemail.py; Quay
 * leaves out the confirmation code). `confirmed` turns true when the person clicks the link Quay mailed.
 */
export const authorizedEmailSchema = z.looseObject({
  email: z.string(),
  repository: z.string(),
  namespace: z.string(),
  confirmed: z.boolean(),
});
export type AuthorizedEmail = z.infer<typeof authorizedEmailSchema>;

// ---------------------------------------------------------------------------------------------
// Errors (quay/quay endpoints/exception.py): the problem format, flask's `{message}`, and `{error}` from
// util/http.py abort()

export const quayProblemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  /** Deprecated duplicate of detail. */
  error_message: z.string().optional(),
  /** Deprecated duplicate of title. */
  error_type: z.string().optional(),
});
export type QuayProblem = z.infer<typeof quayProblemSchema>;

export const quayMessageErrorSchema = z.looseObject({ message: z.unknown() });
export const quayPlainErrorSchema = z.looseObject({ error: z.string() });

export const quayErrorBodySchema = z.union([quayProblemSchema, quayMessageErrorSchema, quayPlainErrorSchema]);
export type QuayErrorBody = z.infer<typeof quayErrorBodySchema>;

export interface QuayErrorSummary {
  /** First line of Quay's message: jsonschema failures append a multi-line explanation. */
  message?: string;
  /** Quay's error type, e.g. `invalid_request`, `insufficient_scope`. */
  code?: string;
}

/** Reads any Quay error body defensively: `detail ?? error_message ?? message ?? error`, and `error_type ?? title`. */
export function quayErrorMessage(body: unknown): QuayErrorSummary {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  const fields = body as Record<string, unknown>;
  const text = [fields.detail, fields.error_message, fields.message, fields.error]
    .map(messageText)
    .find((candidate) => candidate !== undefined);
  const code = [fields.error_type, fields.title].find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate !== '',
  );
  const summary: QuayErrorSummary = {};
  if (text !== undefined) summary.message = text;
  if (code !== undefined) summary.code = code;
  return summary;
}

function messageText(value: unknown): string | undefined {
  if (typeof value === 'string') return firstLine(value);
  // flask-restful argument errors come as {"message": {"<param>": "<why>"}}.
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const parts = Object.entries(value).map(([key, why]) => `${key}: ${typeof why === 'string' ? why : JSON.stringify(why)}`);
    return parts.length > 0 ? firstLine(parts.join('; ')) : undefined;
  }
  return undefined;
}

function firstLine(text: string): string | undefined {
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '');
  return line?.trim();
}

// ---------------------------------------------------------------------------------------------
// Repository request bodies (quay/quay endpoints/api/repository.py: NewRepo, RepoUpdate, ChangeVisibility)

/** POST /repository: `description` is required by Quay's schema, `""` when there is none. */
export const createRepositoryBodySchema = z.object({
  repository: z.string(),
  visibility: z.enum(REPOSITORY_VISIBILITIES),
  description: z.string(),
  namespace: z.string().optional(),
  repo_kind: z.enum(['image']).nullable().optional(),
});
export type CreateRepositoryBody = z.infer<typeof createRepositoryBodySchema>;

export const updateRepositoryBodySchema = z.object({ description: z.string() });
export type UpdateRepositoryBody = z.infer<typeof updateRepositoryBodySchema>;

export const changeVisibilityBodySchema = z.object({ visibility: z.enum(REPOSITORY_VISIBILITIES) });
export type ChangeVisibilityBody = z.infer<typeof changeVisibilityBodySchema>;
