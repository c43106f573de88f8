// Shapes of Alauda's /v1 API, shared by the client and the emulator. Objects are loose: a field the
// platform adds later is kept and shown, not rejected.

import * as z from 'zod';

export const hookSchema = z.looseObject({
  id: z.number().int(),
  subject: z.string(),
  subject_type: z.string(),
  events: z.array(z.string()),
  name: z.string(),
  /** Echoed back in plain text by Alauda: mask it when printing. */
  secret: z.string(),
  url: z.string(),
  is_active: z.boolean(),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Hook = z.infer<typeof hookSchema>;

export const hookListSchema = z.array(hookSchema);
export type HookList = z.infer<typeof hookListSchema>;

/**
 * `GET /v1/hooks` as either shape: the bare array of Alauda's api/webhook.md, or the Django REST page
 * `{"count", "next", "previous", "results"}` that Alauda's sibling list endpoints answer (the public
 * xjchengo/alauda-php client, `src/Api/V1.php`, reads `$list['results']`). Both become `{rows, next}`.
 */
export const hookPageSchema = z.union([
  hookListSchema.transform((rows) => ({ rows, next: undefined as string | undefined })),
  z
    .looseObject({ count: z.number().int().nullish(), next: z.string().nullish(), previous: z.string().nullish(), results: hookListSchema })
    .transform((page) => ({ rows: page.results, next: page.next ?? undefined })),
]);

export const createHookBodySchema = z.looseObject({
  subject_type: z.string(),
  subject: z.string(),
  events: z.array(z.string()),
  secret: z.string(),
  url: z.string(),
  name: z.string(),
});
export type CreateHookBody = z.infer<typeof createHookBodySchema>;

/** The whole writable set: Alauda's PUT replaces all of it. */
export const updateHookBodySchema = z.looseObject({
  events: z.array(z.string()),
  secret: z.string(),
  url: z.string(),
  name: z.string(),
  is_active: z.boolean(),
});
export type UpdateHookBody = z.infer<typeof updateHookBodySchema>;

export interface HookChanges {
  events?: string[];
  secret?: string;
  url?: string;
  name?: string;
  is_active?: boolean;
}

/** The PUT body for `changes` applied to `current`: fields not changed keep their current value. */
export function mergeHookUpdate(current: Hook, changes: HookChanges): UpdateHookBody {
  return {
    events: [...(changes.events ?? current.events)],
    secret: changes.secret ?? current.secret,
    url: changes.url ?? current.url,
    name: changes.name ?? current.name,
    is_active: changes.is_active ?? current.is_active,
  };
}

export const tokenRequestSchema = z.looseObject({
  username: z.string(),
  password: z.string(),
});
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

export const tokenResponseSchema = z.looseObject({
  token: z.string(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

const maximumMessageLength = 300;

function oneLine(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > maximumMessageLength ? `${collapsed.slice(0, maximumMessageLength - 1)}…` : collapsed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Django REST framework nests errors as lists of strings, or objects for list items and nested fields.
function messagesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(messagesOf);
  if (isRecord(value)) return fieldMessages(value);
  return [];
}

function fieldMessages(errors: Record<string, unknown>): string[] {
  return Object.entries(errors).flatMap(([field, value]) => {
    const messages = messagesOf(value);
    if (messages.length === 0) return [];
    // Errors that belong to no field read better without a prefix.
    return field === 'non_field_errors' || field === 'detail' ? messages : [`${field}: ${messages.join(' ')}`];
  });
}

/**
 * The platform's own words for a failed request: `detail`, or DRF field errors as
 * `field: message; other: message`, or else the raw body on one line.
 */
export function alaudaErrorMessage(body: unknown, rawText: string): string {
  if (isRecord(body) && typeof body.detail === 'string') return oneLine(body.detail);
  const messages = isRecord(body) || Array.isArray(body) ? messagesOf(body) : [];
  if (messages.length > 0) return oneLine(messages.join('; '));
  if (typeof body === 'string' && body.trim() !== '') return oneLine(body);
  const raw = oneLine(rawText);
  return raw === '' ? 'empty response body' : raw;
}
