// Alauda's answers in the shapes of the Django REST framework it runs on: `{"detail": …}` errors, token
// authentication message for message, and the body parsers.
import type { FieldErrors } from '../../platforms/alauda/catalog.js';
import type { EmulatorRequest, EmulatorResponse } from '../server.js';

/** The writable fields of a hook: a PUT must carry all of them. */
const WRITABLE_FIELDS = ['events', 'secret', 'url', 'name', 'is_active'] as const;

export const detail = (status: number, message: string, headers?: Record<string, string>): EmulatorResponse => ({
  status,
  json: { detail: message },
  ...(headers && { headers }),
});

export const notFound = (): EmulatorResponse => detail(404, 'Not found.');

// Django REST framework's TokenAuthentication, message for message; 401s name the scheme to use.
export function checkToken(request: EmulatorRequest, token: string): EmulatorResponse | undefined {
  const unauthorized = (message: string) => detail(401, message, { 'www-authenticate': 'Token' });
  const parts = (request.headers.authorization ?? '').split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts[0].toLowerCase() !== 'token') return unauthorized('Authentication credentials were not provided.');
  if (parts.length === 1) return unauthorized('Invalid token header. No credentials provided.');
  if (parts.length > 2) return unauthorized('Invalid token header. Token string should not contain spaces.');
  return parts[1] === token ? undefined : unauthorized('Invalid token.');
}

export type ParsedBody = { data: unknown } | { error: EmulatorResponse };

/** DRF's parsers: JSON always; form-encoded where the old Python CLI sent it. */
export function parseBody(request: EmulatorRequest, acceptForm: boolean): ParsedBody {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (request.text === '' && mediaType === '') return { data: {} };
  if (mediaType === 'application/json') {
    if (request.text.trim() === '') return { data: {} };
    try {
      return { data: JSON.parse(request.text) };
    } catch (error) {
      return { error: detail(400, `JSON parse error - ${error instanceof Error ? error.message : String(error)}`) };
    }
  }
  if (acceptForm && mediaType === 'application/x-www-form-urlencoded') {
    return { data: Object.fromEntries(new URLSearchParams(request.text)) };
  }
  return { error: detail(415, `Unsupported media type "${mediaType}" in request.`) };
}

/** A PUT replaces the writable set, so leaving a field out is an error, as with a DRF serializer without `partial`. */
export function missingWritableFields(body: unknown): FieldErrors | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const missing = WRITABLE_FIELDS.filter((field) => (body as Record<string, unknown>)[field] === undefined);
  return missing.length > 0 ? Object.fromEntries(missing.map((field) => [field, ['This field is required.']])) : undefined;
}
