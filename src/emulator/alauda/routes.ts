// Alauda's /v1 routes on the shared router: web hooks behind `Authorization: Token`, the token exchange,
// and the emulator's control route that fires a delivery.
import { serverValidateHook, type FieldErrors } from '../../platforms/alauda/catalog.js';
import type { Hook } from '../../platforms/alauda/schemas.js';
import type { EmulatorCredentials } from '../credentials.js';
import type { Emulator, EmulatorRequest, EmulatorResponse, Params } from '../server.js';
import { checkToken, detail, missingWritableFields, notFound, parseBody } from './answers.js';
import { AlaudaDeliveryError, fireAlaudaDelivery } from './deliveries.js';
import { ALAUDA_LIST_SHAPES, DEFAULT_PAGE_SIZE, type AlaudaListShape, type AlaudaState } from './state.js';

interface AlaudaCall {
  request: EmulatorRequest;
  params: Params;
  state: AlaudaState;
  credentials: EmulatorCredentials;
}

type HookHandler = (hook: Hook, call: AlaudaCall) => EmulatorResponse;

const now = () => new Date().toISOString();

function hookId(text: string): number | undefined {
  return /^[0-9]+$/.test(text) ? Number(text) : undefined;
}

function listHooks({ request, state }: AlaudaCall): EmulatorResponse {
  const subjectType = request.query.get('subject_type') || undefined;
  const subject = request.query.get('subject') || undefined;
  const hooks = [...state.hooks.values()]
    .filter((hook) => (subjectType === undefined || hook.subject_type === subjectType) && (subject === undefined || hook.subject === subject))
    .sort((a, b) => a.id - b.id);
  if (state.listShape === 'array') return { status: 200, json: hooks };
  return pageOf(request, hooks, state.pageSize);
}

/** Django REST's PageNumberPagination: `?page=N`, absolute `next`/`previous` links, 404 past the last page. */
function pageOf(request: EmulatorRequest, rows: unknown[], pageSize: number): EmulatorResponse {
  const page = Number(request.query.get('page') ?? '1');
  const last = Math.max(1, Math.ceil(rows.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > last) return detail(404, 'Invalid page.');
  const link = (number: number) => {
    if (number < 1 || number > last) return null;
    const url = new URL(`http://${request.headers.host ?? 'emulator.invalid'}${request.path}`);
    for (const [key, value] of request.query) if (key !== 'page') url.searchParams.append(key, value);
    if (number > 1) url.searchParams.set('page', String(number));
    return url.href;
  };
  return {
    status: 200,
    json: { count: rows.length, next: link(page + 1), previous: link(page - 1), results: rows.slice((page - 1) * pageSize, page * pageSize) },
  };
}

/** POST /_emulator/alauda/list-shape {"shape": "array"|"paginated", "page_size"?: n}: how the hook list answers. */
function listShapeControl({ request, state }: AlaudaCall): EmulatorResponse {
  const body = (typeof request.json === 'object' && request.json !== null ? request.json : {}) as { shape?: unknown; page_size?: unknown };
  if (!ALAUDA_LIST_SHAPES.includes(body.shape as AlaudaListShape)) return detail(400, `shape must be one of ${ALAUDA_LIST_SHAPES.join(', ')}`);
  const pageSize = body.page_size ?? DEFAULT_PAGE_SIZE;
  if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 1) return detail(400, 'page_size must be a positive integer');
  state.listShape = body.shape as AlaudaListShape;
  state.pageSize = pageSize;
  return { status: 200, json: { shape: state.listShape, page_size: state.pageSize } };
}

function createHook({ request, state }: AlaudaCall): EmulatorResponse {
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
}

const getHook: HookHandler = (hook) => ({ status: 200, json: hook });

function replaceHook(hook: Hook, { request, state }: AlaudaCall): EmulatorResponse {
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
}

function deleteHook(hook: Hook, { state }: AlaudaCall): EmulatorResponse {
  state.hooks.delete(hook.id);
  return { status: 204 };
}

function issueToken({ request, credentials }: AlaudaCall): EmulatorResponse {
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
}

/** POST /_emulator/alauda/hooks/<id>/deliver[?event=…]: fires one delivery and answers what was sent. */
async function deliverControl(emulator: Emulator, { request, params }: AlaudaCall): Promise<EmulatorResponse> {
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
}

export function registerAlaudaRoutes(emulator: Emulator, state: AlaudaState, credentials: EmulatorCredentials): void {
  const call = (request: EmulatorRequest, params: Params): AlaudaCall => ({ request, params, state, credentials });
  const authorized = (handler: (call: AlaudaCall) => EmulatorResponse) => (request: EmulatorRequest, params: Params) =>
    checkToken(request, credentials.alaudaToken) ?? handler(call(request, params));
  const withHook = (handler: HookHandler) => (current: AlaudaCall) => {
    const id = hookId(current.params.id);
    const hook = id === undefined ? undefined : state.hooks.get(id);
    return hook ? handler(hook, current) : notFound();
  };

  emulator.route('GET', '/v1/hooks', authorized(listHooks));
  emulator.route('POST', '/v1/hooks', authorized(createHook));
  emulator.route('GET', '/v1/hooks/:id', authorized(withHook(getHook)));
  emulator.route('PUT', '/v1/hooks/:id', authorized(withHook(replaceHook)));
  emulator.route('DELETE', '/v1/hooks/:id', authorized(withHook(deleteHook)));
  emulator.route('POST', '/v1/generate-api-token/', (request, params) => issueToken(call(request, params)));
  emulator.controlRoute('POST', '/alauda/list-shape', (request, params) => listShapeControl(call(request, params)));
  emulator.controlRoute('POST', '/alauda/hooks/:id/deliver', (request, params) => deliverControl(emulator, call(request, params)));
}
