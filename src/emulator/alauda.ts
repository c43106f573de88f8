// Alauda's /v1 API as its API documentation describes it (api/webhook.md, api/users.md): web hooks behind
// `Authorization: Token`, the token exchange, Django REST framework error bodies, and deliveries fired at a hook's
// URL, signed as Alauda signs them.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { serverValidateHook, type FieldErrors } from '../platforms/alauda/catalog.js';
import type { Hook } from '../platforms/alauda/schemas.js';
import { buildDelivery, sampleEventData, type Delivery } from '../platforms/alauda/signature.js';
import type { EmulatorCredentials } from './credentials.js';
import type { Emulator, EmulatorRequest, EmulatorResponse } from './server.js';

/** The writable fields of a hook: a PUT must carry all of them. */
const WRITABLE_FIELDS = ['events', 'secret', 'url', 'name', 'is_active'] as const;

function seedHooks(owner: string): Hook[] {
  return [
    {
      id: 4,
      subject: `${owner}/docker_images_test`,
      subject_type: 'build_repo',
      events: ['build:complete'],
      name: 'test hook',
      secret: '123456',
      url: 'http://example.com:8080/v1/builds',
      is_active: true,
      created_by: owner,
      created_at: '2015-08-27T09:53:43.563Z',
      updated_at: '2015-08-27T09:53:43.566Z',
    },
    {
      id: 5,
      subject: `${owner}/nginx`,
      subject_type: 'image_repo',
      events: ['image:push'],
      name: 'deploy on push',
      secret: 'push-secret-0005',
      url: 'https://deploy.example.com/alauda',
      is_active: false,
      created_by: owner,
      created_at: '2016-03-01T08:00:00.000Z',
      updated_at: '2016-03-02T10:30:00.000Z',
    },
    {
      id: 6,
      subject: '5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60',
      subject_type: 'job',
      events: ['job:succeed', 'job:fail'],
      name: 'nightly job alerts',
      secret: 'job-secret-0006',
      url: 'https://alerts.example.com/jobs',
      is_active: true,
      created_by: owner,
      created_at: '2016-04-11T02:15:07.120Z',
      updated_at: '2016-04-11T02:15:07.120Z',
    },
  ];
}

interface AlaudaState {
  hooks: Map<number, Hook>;
  nextId: number;
  owner: string;
}

const states = new WeakMap<Emulator, AlaudaState>();

const detail = (status: number, message: string, headers?: Record<string, string>): EmulatorResponse => ({
  status,
  json: { detail: message },
  ...(headers && { headers }),
});

const notFound = (): EmulatorResponse => detail(404, 'Not found.');

// Django REST framework's TokenAuthentication, message for message; 401s name the scheme to use.
function checkToken(request: EmulatorRequest, token: string): EmulatorResponse | undefined {
  const unauthorized = (message: string) => detail(401, message, { 'www-authenticate': 'Token' });
  const parts = (request.headers.authorization ?? '').split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts[0].toLowerCase() !== 'token') return unauthorized('Authentication credentials were not provided.');
  if (parts.length === 1) return unauthorized('Invalid token header. No credentials provided.');
  if (parts.length > 2) return unauthorized('Invalid token header. Token string should not contain spaces.');
  return parts[1] === token ? undefined : unauthorized('Invalid token.');
}

type ParsedBody = { data: unknown } | { error: EmulatorResponse };

/** DRF's parsers: JSON always; form-encoded where the old Python CLI sent it. */
function parseBody(request: EmulatorRequest, acceptForm: boolean): ParsedBody {
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

function hookId(text: string): number | undefined {
  return /^[0-9]+$/.test(text) ? Number(text) : undefined;
}

/** A PUT replaces the writable set, so leaving a field out is an error, as with a DRF serializer without `partial`. */
function missingWritableFields(body: unknown): FieldErrors | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const missing = WRITABLE_FIELDS.filter((field) => (body as Record<string, unknown>)[field] === undefined);
  return missing.length > 0 ? Object.fromEntries(missing.map((field) => [field, ['This field is required.']])) : undefined;
}

export function installAlauda(emulator: Emulator, credentials: EmulatorCredentials): void {
  const state: AlaudaState = { hooks: new Map(), nextId: 7, owner: credentials.alaudaUsername };
  const seed = () => {
    state.hooks = new Map(seedHooks(state.owner).map((hook) => [hook.id, hook]));
    state.nextId = 7;
  };
  seed();
  emulator.onReset(seed);
  states.set(emulator, state);

  const authorized =
    (handler: (request: EmulatorRequest, params: Record<string, string>) => EmulatorResponse) =>
    (request: EmulatorRequest, params: Record<string, string>): EmulatorResponse =>
      checkToken(request, credentials.alaudaToken) ?? handler(request, params);

  const now = () => new Date().toISOString();

  emulator.route(
    'GET',
    '/v1/hooks',
    authorized((request) => {
      const subjectType = request.query.get('subject_type') || undefined;
      const subject = request.query.get('subject') || undefined;
      const hooks = [...state.hooks.values()]
        .filter((hook) => (subjectType === undefined || hook.subject_type === subjectType) && (subject === undefined || hook.subject === subject))
        .sort((a, b) => a.id - b.id);
      return { status: 200, json: hooks };
    }),
  );

  emulator.route(
    'POST',
    '/v1/hooks',
    authorized((request) => {
      const parsed = parseBody(request, false);
      if ('error' in parsed) return parsed.error;
      const errors = serverValidateHook(parsed.data);
      if (errors) return { status: 400, json: errors };
      const body = parsed.data as Record<string, unknown>;
      const time = now();
      const hook: Hook = {
        id: state.nextId++,
        subject: body.subject as string,
        subject_type: body.subject_type as string,
        events: [...new Set(body.events as string[])],
        name: body.name as string,
        secret: body.secret as string,
        url: body.url as string,
        is_active: (body.is_active as boolean | undefined) ?? true,
        created_by: state.owner,
        created_at: time,
        updated_at: time,
      };
      state.hooks.set(hook.id, hook);
      return { status: 201, json: hook };
    }),
  );

  const withHook =
    (handler: (hook: Hook, request: EmulatorRequest) => EmulatorResponse) =>
    (request: EmulatorRequest, params: Record<string, string>): EmulatorResponse => {
      const id = hookId(params.id);
      const hook = id === undefined ? undefined : state.hooks.get(id);
      return hook ? handler(hook, request) : notFound();
    };

  emulator.route('GET', '/v1/hooks/:id', authorized(withHook((hook) => ({ status: 200, json: hook }))));

  emulator.route(
    'PUT',
    '/v1/hooks/:id',
    authorized(
      withHook((hook, request) => {
        const parsed = parseBody(request, false);
        if ('error' in parsed) return parsed.error;
        // The subject is fixed at creation: what the body says about it is ignored, as for read-only fields.
        const candidate =
          typeof parsed.data === 'object' && parsed.data !== null && !Array.isArray(parsed.data)
            ? { ...parsed.data, subject_type: hook.subject_type, subject: hook.subject }
            : parsed.data;
        const errors = { ...missingWritableFields(candidate), ...serverValidateHook(candidate) };
        if (Object.keys(errors).length > 0) return { status: 400, json: errors };
        const body = candidate as Record<string, unknown>;
        const updated: Hook = {
          ...hook,
          events: [...new Set(body.events as string[])],
          secret: body.secret as string,
          url: body.url as string,
          name: body.name as string,
          is_active: body.is_active as boolean,
          updated_at: now(),
        };
        state.hooks.set(hook.id, updated);
        return { status: 200, json: updated };
      }),
    ),
  );

  emulator.route(
    'DELETE',
    '/v1/hooks/:id',
    authorized(
      withHook((hook) => {
        state.hooks.delete(hook.id);
        return { status: 204 };
      }),
    ),
  );

  emulator.route('POST', '/v1/generate-api-token/', (request) => {
    const parsed = parseBody(request, true);
    if ('error' in parsed) return parsed.error;
    const fields = (typeof parsed.data === 'object' && parsed.data !== null ? parsed.data : {}) as Record<string, unknown>;
    const errors: FieldErrors = {};
    for (const field of ['username', 'password'] as const) {
      const value = fields[field];
      if (value === undefined) errors[field] = ['This field is required.'];
      else if (typeof value !== 'string') errors[field] = ['Not a valid string.'];
      else if (value === '') errors[field] = ['This field may not be blank.'];
    }
    if (Object.keys(errors).length > 0) return { status: 400, json: errors };
    if (fields.username !== credentials.alaudaUsername || fields.password !== credentials.alaudaPassword) {
      return { status: 400, json: { non_field_errors: ['Unable to log in with provided credentials.'] } };
    }
    return { status: 200, json: { token: credentials.alaudaToken } };
  });

  emulator.controlRoute('POST', '/alauda/hooks/:id/deliver', async (request, params) => {
    const id = hookId(params.id);
    const body = (typeof request.json === 'object' && request.json !== null ? request.json : {}) as { event?: unknown };
    const event = request.query.get('event') ?? (typeof body.event === 'string' ? body.event : undefined);
    try {
      if (id === undefined) throw new AlaudaDeliveryError(404, `no hook ${params.id}`);
      const result = await fireAlaudaDelivery(emulator, id, event);
      return { status: 200, json: result };
    } catch (error) {
      if (error instanceof AlaudaDeliveryError) return detail(error.status, error.message);
      throw error;
    }
  });
}

/** Why a delivery could not be made; `status` is what the emulator's control route answers. */
export class AlaudaDeliveryError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'AlaudaDeliveryError';
  }
}

export interface AlaudaDeliveryResult extends Delivery {
  hookId: number;
  event: string;
  url: string;
  /** The receiver's HTTP status. */
  status: number;
}

export interface FireDeliveryOptions {
  data?: Record<string, unknown>;
  now?: Date;
  timeoutMs?: number;
}

/**
 * Sends one delivery for a stored hook as Alauda does: a signed POST to the hook's URL.
 * `event` defaults to the hook's first event; inactive hooks and events the hook did not subscribe to are refused.
 */
export async function fireAlaudaDelivery(
  emulator: Emulator,
  id: number,
  event?: string,
  options: FireDeliveryOptions = {},
): Promise<AlaudaDeliveryResult> {
  const state = states.get(emulator);
  const hook = state?.hooks.get(id);
  if (!state || !hook) throw new AlaudaDeliveryError(404, `no hook ${id}`);
  if (!hook.is_active) throw new AlaudaDeliveryError(409, `hook ${id} is inactive; Alauda delivers nothing for it`);
  const chosen = event ?? hook.events[0];
  if (!hook.events.includes(chosen)) {
    throw new AlaudaDeliveryError(400, `hook ${id} is not subscribed to ${JSON.stringify(chosen)} (its events: ${hook.events.join(', ')})`);
  }
  const delivery = buildDelivery({
    hook,
    event: chosen,
    data: options.data ?? sampleEventData(chosen, hook),
    sender: state.owner,
    secret: hook.secret,
    now: options.now,
  });
  const status = await postDelivery(hook.url, delivery, options.timeoutMs ?? 30_000);
  return { hookId: hook.id, event: chosen, url: hook.url, status, ...delivery };
}

/** POSTs the delivery with node:http(s) and resolves with the receiver's status. */
export function postDelivery(url: string, delivery: Delivery, timeoutMs: number): Promise<number> {
  const target = new URL(url);
  const payload = JSON.stringify(delivery.body);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      target,
      { method: 'POST', headers: { ...delivery.headers, 'Content-Length': String(Buffer.byteLength(payload)) }, timeout: timeoutMs },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    outgoing.on('error', (error) => reject(new AlaudaDeliveryError(502, `delivery to ${url} failed (${(error as NodeJS.ErrnoException).code ?? error.message})`)));
    outgoing.end(payload);
  });
}
