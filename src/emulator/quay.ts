// The Quay API as Quay answers it (quay/quay endpoints/api/; docs/platforms/quay.md): repositories, repository
// notifications, Bearer auth with Quay's quirks (a bad token runs as anonymous), its status codes, error shapes,
// 100-repository pages with an opaque token, the trailing-slash redirect, 415 without a JSON content type, and real
// test deliveries.
import { randomBytes, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { z } from 'zod';
import { findQuayEvent, findQuayMethod, isNotificationDisabled, type JsonObject } from '../platforms/quay/catalog/index.js';
import { samplePayload } from '../platforms/quay/catalog/samples.js';
import { serverValidateMethodConfig } from '../platforms/quay/catalog/server-validation.js';
import { validateNamespace, validateRepositoryName } from '../platforms/quay/names.js';
import {
  changeVisibilityBodySchema,
  createRepositoryBodySchema,
  notificationCreateBodySchema,
  updateRepositoryBodySchema,
  type Notification,
  type RepositoryListItem,
} from '../platforms/quay/schemas.js';
import type { EmulatorCredentials } from './credentials.js';
import type { Emulator, EmulatorRequest, EmulatorResponse } from './server.js';

const API = '/api/v1';
const REPOS_PER_PAGE = 100;
const STARRED_PAGE_LIMIT = 99;
const DELIVERY_TIMEOUT_MS = 10_000;

interface Namespace {
  kind: 'user' | 'org';
  admins: Set<string>;
  teams: Set<string>;
}

interface Repository {
  id: number;
  namespace: string;
  name: string;
  description: string | null;
  isPublic: boolean;
  statusToken: string;
  lastModified: number | null;
  popularity: number;
  tags: Record<string, { name: string; size: number; last_modified: string; manifest_digest: string }>;
}

interface StoredNotification extends Notification {
  repository: string;
}

export interface QuayDelivery {
  uuid: string;
  repository: string;
  event: string;
  method: string;
  url?: string;
  /** The JSON body POSTed (or that would have been). */
  body?: unknown;
  /** delivered: a 2xx answer; failed: another status or no answer; skipped: disabled, or a method without a web delivery. */
  outcome: 'delivered' | 'failed' | 'skipped';
  status?: number;
  error?: string;
}

export interface QuayEmulatorControl {
  /** Adds `count` repositories `<prefix>-00001`… to a namespace (pagination tests). */
  seedRepositories(namespace: string, count: number, options?: { prefix?: string; public?: boolean }): void;
  /** Stars repositories (`ns/name`) for the token's user. */
  star(...repositories: string[]): void;
  /** `restart`: every page token handed out is unknown when it comes back, as an expired one is (Quay then serves page 1). */
  pageTokens: 'stable' | 'restart';
  /** Test deliveries in the order they finished. */
  readonly deliveries: QuayDelivery[];
  /** Resolves when every delivery started so far has finished. */
  settled(): Promise<void>;
  notifications(repository: string): Notification[];
  repositoryNames(namespace: string): string[];
}

/** Addresses Quay would have confirmed through its authorized-e-mail flow (quay/quay endpoints/api/repoemail.py). */
export const QUAY_AUTHORIZED_EMAILS = ['ops@example.com', 'alerts@example.com'];

const controls = new WeakMap<Emulator, QuayEmulatorControl>();

/** The Quay state of an emulator, for tests and the demo. */
export function quayControl(emulator: Emulator): QuayEmulatorControl {
  const control = controls.get(emulator);
  if (!control) throw new Error('the Quay emulator is not installed on this emulator');
  return control;
}

// ---------------------------------------------------------------------------------------------
// Answers in Quay's shapes (quay/quay endpoints/exception.py, util/http.py, endpoints/decorated.py)

function problem(status: number, errorType: string, detail: string, host: string): EmulatorResponse {
  return {
    status,
    json: { type: `${host}/api/v1/error/${errorType}`, title: errorType, status, detail, error_message: detail, error_type: errorType },
  };
}

const INTERNAL_SERVER_ERROR: EmulatorResponse = {
  status: 500,
  headers: { 'content-type': 'text/html' },
  text: '<html>\n  <head>\n    <title>Internal Server Error</title>\n  </head>\n  <body>\n    <h1><p>Internal Server Error</p></h1>\n  </body>\n</html>\n',
};

const CSRF_FAILURE: EmulatorResponse = { status: 403, json: { error: 'CSRF token was invalid or missing.' } };
const METHOD_NOT_ALLOWED: EmulatorResponse = { status: 405, json: { message: 'The method is not allowed for the requested URL.' } };
const BAD_REQUEST: EmulatorResponse = {
  status: 400,
  json: { message: 'The browser (or proxy) sent a request that this server could not understand.' },
};

/** util/parsing.py truthy_bool: false only for these spellings. */
function truthy(value: string | null): boolean {
  return value !== null && !['false', 'False', 'FALSE', '0', '', 'null'].includes(value);
}

/** jsonschema's first line (the rest of its message explains the schema, and clients show only the first). */
function schemaMessage(issue: z.core.$ZodIssue, body: unknown): string {
  const field = issue.path[0];
  const value = field !== undefined && body && typeof body === 'object' ? (body as Record<string, unknown>)[field as string] : body;
  let first: string;
  if (value === undefined && field !== undefined) first = `'${String(field)}' is a required property`;
  else if (issue.code === 'invalid_value') first = `${JSON.stringify(value)} is not one of ${JSON.stringify(issue.values)}`;
  else if (issue.code === 'invalid_type') first = `${JSON.stringify(value)} is not of type '${issue.expected === 'record' ? 'object' : issue.expected}'`;
  else first = issue.message;
  return `${first}\n\nFailed validating '${issue.code}' in schema`;
}

// ---------------------------------------------------------------------------------------------
// Seed

function seedNamespaces(): Map<string, Namespace> {
  return new Map<string, Namespace>([
    ['quayadmin', { kind: 'user', admins: new Set(['quayadmin']), teams: new Set() }],
    ['devuser', { kind: 'user', admins: new Set(['devuser']), teams: new Set() }],
    ['acme', { kind: 'org', admins: new Set(['quayadmin']), teams: new Set(['owners', 'developers']) }],
    ['globex', { kind: 'org', admins: new Set(['globexadmin']), teams: new Set(['owners']) }],
  ]);
}

const USERS = new Set(['quayadmin', 'devuser', 'globexadmin']);
const SEED_EPOCH = 1767225600; // 2026-01-01T00:00:00Z

export const QUAY_SEED_NOTIFICATIONS: readonly StoredNotification[] = [
  {
    repository: 'acme/app',
    uuid: '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    title: 'Deploy on push',
    event: 'repo_push',
    method: 'webhook',
    config: { url: 'https://ci.example.com/hooks/quay' },
    event_config: {},
    number_of_failures: 0,
  },
  {
    repository: 'acme/app',
    uuid: '7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02',
    title: 'Critical CVEs',
    event: 'vulnerability_found',
    method: 'email',
    config: { email: 'ops@example.com' },
    event_config: { level: 0, vulnerability: { priority: 'Critical' } },
    number_of_failures: 3,
  },
];

// ---------------------------------------------------------------------------------------------

class QuayState implements QuayEmulatorControl {
  namespaces = seedNamespaces();
  repositories = new Map<string, Repository>();
  notificationsByUuid = new Map<string, StoredNotification>();
  starred = new Set<string>();
  pageTokens: 'stable' | 'restart' = 'stable';
  pageTokenStarts = new Map<string, number>();
  deliveries: QuayDelivery[] = [];
  pending = new Set<Promise<void>>();
  nextId = 1;

  constructor() {
    this.seed();
  }

  seed(): void {
    this.namespaces = seedNamespaces();
    this.repositories.clear();
    this.notificationsByUuid.clear();
    this.pageTokenStarts.clear();
    this.pageTokens = 'stable';
    this.deliveries.length = 0;
    this.nextId = 1;
    this.addRepository('quayadmin', 'busybox', { description: null, isPublic: false, tags: ['latest', '1.36'] });
    this.addRepository('quayadmin', 'nginx', { description: 'Web server', isPublic: true, tags: ['latest'] });
    this.addRepository('acme', 'app', { description: 'The acme application', isPublic: false, tags: ['latest', 'v1.2.0'] });
    this.addRepository('acme', 'website', { description: 'Public web site', isPublic: true, tags: [] });
    this.addRepository('globex', 'tools', { description: 'Shared tools', isPublic: true, tags: ['latest'] });
    this.addRepository('globex', 'secret-sauce', { description: 'Private', isPublic: false, tags: [] });
    this.starred = new Set(['quayadmin/busybox', 'acme/app']);
    for (const notification of QUAY_SEED_NOTIFICATIONS) this.notificationsByUuid.set(notification.uuid, structuredClone(notification));
  }

  addRepository(namespace: string, name: string, options: { description: string | null; isPublic: boolean; tags?: string[] }): Repository {
    const id = this.nextId++;
    const repository: Repository = {
      id,
      namespace,
      name,
      description: options.description,
      isPublic: options.isPublic,
      statusToken: options.isPublic ? '' : randomBytes(10).toString('hex'),
      lastModified: options.tags?.length ? SEED_EPOCH + id * 3600 : null,
      popularity: options.tags?.length ?? 0,
      tags: Object.fromEntries(
        (options.tags ?? []).map((tag, index) => [
          tag,
          {
            name: tag,
            size: 1_048_576 * (index + 1),
            last_modified: new Date((SEED_EPOCH + id * 3600) * 1000).toUTCString().replace('GMT', '-0000'),
            manifest_digest: `sha256:${String(id).padStart(2, '0')}${String(index).padStart(62, '0')}`,
          },
        ]),
      ),
    };
    this.repositories.set(`${namespace}/${name}`, repository);
    return repository;
  }

  seedRepositories(namespace: string, count: number, options: { prefix?: string; public?: boolean } = {}): void {
    if (!this.namespaces.has(namespace)) this.namespaces.set(namespace, { kind: 'org', admins: new Set(['quayadmin']), teams: new Set() });
    const width = Math.max(5, String(count).length);
    for (let index = 1; index <= count; index++) {
      this.addRepository(namespace, `${options.prefix ?? 'repo'}-${String(index).padStart(width, '0')}`, {
        description: null,
        isPublic: Boolean(options.public),
      });
    }
  }

  star(...repositories: string[]): void {
    for (const repository of repositories) this.starred.add(repository);
  }

  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  notifications(repository: string): Notification[] {
    return [...this.notificationsByUuid.values()].filter((entry) => entry.repository === repository).map(publicNotification);
  }

  repositoryNames(namespace: string): string[] {
    return [...this.repositories.values()].filter((entry) => entry.namespace === namespace).map((entry) => entry.name);
  }

  isAdmin(user: string | undefined, namespace: string): boolean {
    return user !== undefined && Boolean(this.namespaces.get(namespace)?.admins.has(user));
  }

  canRead(user: string | undefined, repository: Repository): boolean {
    return repository.isPublic || this.isAdmin(user, repository.namespace);
  }
}

function publicNotification(stored: StoredNotification): Notification {
  const { repository: _repository, ...notification } = stored;
  return structuredClone(notification);
}

// ---------------------------------------------------------------------------------------------

export function installQuay(emulator: Emulator, credentials: EmulatorCredentials): void {
  const state = new QuayState();
  controls.set(emulator, state);
  emulator.onReset(() => state.seed());

  /** Bearer scheme in any case, exactly two parts; anything else runs as anonymous, as Quay does with a bad token. */
  function userOf(request: EmulatorRequest): string | undefined {
    const parts = (request.headers.authorization ?? '').trim().split(/\s+/);
    if (parts.length === 2 && parts[0].toLowerCase() === 'bearer' && parts[1] === credentials.quayToken) return credentials.quayUser;
    return undefined;
  }

  const host = () => emulator.url;
  const unauthorized = (user: string | undefined) =>
    user ? problem(403, 'insufficient_scope', 'Unauthorized', host()) : problem(401, 'invalid_token', 'Requires authentication', host());

  /** Flask's get_json(): 415 without a JSON content type, 400 for bad JSON. */
  function jsonBody(request: EmulatorRequest): { body: unknown } | { response: EmulatorResponse } {
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      return {
        response: {
          status: 415,
          json: { message: "Did not attempt to load JSON data because the request Content-Type was not 'application/json'." },
        },
      };
    }
    if (request.json === undefined) return { response: BAD_REQUEST };
    return { body: request.json };
  }

  function validated<T>(request: EmulatorRequest, schema: z.ZodType<T>): { body: T } | { response: EmulatorResponse } {
    const parsed = jsonBody(request);
    if ('response' in parsed) return parsed;
    const result = schema.safeParse(parsed.body);
    if (result.success) return { body: result.data };
    return { response: problem(400, 'invalid_request', schemaMessage(result.error.issues[0], parsed.body), host()) };
  }

  emulator.route('GET', `${API}/user/`, (request) => {
    const user = userOf(request);
    if (!user) return problem(401, 'invalid_token', 'Requires authentication', host());
    return { status: 200, json: { anonymous: false, username: user, organizations: orgsOf(user) } };
  });

  function orgsOf(user: string) {
    return [...state.namespaces.entries()].filter(([, entry]) => entry.kind === 'org' && entry.admins.has(user)).map(([name]) => ({ name, is_org_admin: true }));
  }

  // ---- POST /repository
  emulator.route('POST', `${API}/repository`, (request) => {
    const user = userOf(request);
    if (!user) return CSRF_FAILURE;
    const parsed = validated(request, createRepositoryBodySchema);
    if ('response' in parsed) return parsed.response;
    const { repository: name, visibility, description } = parsed.body;
    const namespace = parsed.body.namespace ?? user;
    if (!state.isAdmin(user, namespace)) return unauthorized(user);
    if (state.repositories.has(`${namespace}/${name}`)) return problem(400, 'invalid_request', 'Repository already exists', host());
    try {
      validateRepositoryName(name);
    } catch {
      return problem(400, 'invalid_request', 'Invalid repository name', host());
    }
    state.addRepository(namespace, name, { description, isPublic: visibility === 'public' });
    return { status: 201, json: { namespace, name, kind: 'image' } };
  });

  // ---- GET /repository
  emulator.route('GET', `${API}/repository`, (request) => {
    const user = userOf(request);
    const query = request.query;
    const namespace = query.get('namespace') ?? undefined;
    const starred = truthy(query.get('starred'));
    const includePublic = truthy(query.get('public'));
    if (!namespace && !starred && !includePublic) {
      return problem(400, 'invalid_request', 'namespace, starred or public are required for this API call', host());
    }
    if (starred && !user) return BAD_REQUEST;
    const visible = [...state.repositories.values()]
      .filter((entry) => (starred ? state.starred.has(`${entry.namespace}/${entry.name}`) : !namespace || entry.namespace === namespace))
      .filter((entry) => state.isAdmin(user, entry.namespace) || (includePublic && entry.isPublic))
      .sort((a, b) => a.id - b.id);
    const listItem = (entry: Repository): RepositoryListItem => ({
      namespace: entry.namespace,
      name: entry.name,
      description: entry.description,
      is_public: entry.isPublic,
      kind: 'image',
      state: 'NORMAL',
      ...(truthy(query.get('last_modified')) && { last_modified: entry.lastModified }),
      ...(truthy(query.get('popularity')) && { popularity: entry.popularity }),
      ...(user && { is_starred: state.starred.has(`${entry.namespace}/${entry.name}`) }),
    });
    // Quay 3.14+: the starred branch cuts the first page to 99 and never hands out a token.
    if (starred) return { status: 200, json: { repositories: visible.slice(0, STARRED_PAGE_LIMIT).map(listItem) } };
    // An unknown or expired token silently means "no token": page 1 again.
    const start = state.pageTokenStarts.get(query.get('next_page') ?? '') ?? 0;
    const page = visible.filter((entry) => entry.id >= start);
    const json: { repositories: RepositoryListItem[]; next_page?: string } = { repositories: page.slice(0, REPOS_PER_PAGE).map(listItem) };
    if (page.length > REPOS_PER_PAGE) {
      const token = randomBytes(24).toString('base64url');
      if (state.pageTokens === 'stable') state.pageTokenStarts.set(token, page[REPOS_PER_PAGE].id);
      json.next_page = token;
    }
    return { status: 200, json };
  });

  // ---- everything under /repository/{repo}
  for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
    emulator.route(method, `${API}/repository/:rest+`, (request, params) => repositoryRoute(request, params.rest));
  }

  function repositoryRoute(request: EmulatorRequest, rest: string): EmulatorResponse | Promise<EmulatorResponse> {
    const match = /^(.+?)(\/changevisibility|\/notification\/?|\/notification\/[^/]+|\/notification\/[^/]+\/test)?$/.exec(rest);
    const ref = match && splitRepository(match[1]);
    if (!match || !ref) return { status: 404, headers: { 'content-type': 'text/html' }, text: '<html><body><h1>404 Not Found</h1></body></html>\n' };
    const tail = match[2] ?? '';
    const user = userOf(request);
    const method = request.method;
    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (tail === '/notification') {
      // Werkzeug's strict slashes: the notification collection lives at .../notification/.
      return { status: 308, headers: { location: `${request.path}/${request.url.search}`, 'content-type': 'text/html' }, text: 'Redirecting...' };
    }
    // Non-GET requests without a valid token fail Quay's CSRF check before anything else.
    if (isWrite && !user) return CSRF_FAILURE;
    if (tail === '') return repositoryResource(request, ref, user);
    if (tail === '/changevisibility') return method === 'POST' ? changeVisibility(request, ref, user) : METHOD_NOT_ALLOWED;
    if (!state.isAdmin(user, ref.namespace)) return unauthorized(user);
    if (tail === '/notification/') return notificationCollection(request, ref);
    const [, , uuid, test] = tail.split('/');
    if (test === 'test') return method === 'POST' ? testNotification(ref, uuid) : METHOD_NOT_ALLOWED;
    return notificationResource(request, ref, uuid);
  }

  function splitRepository(text: string): { namespace: string; name: string; key: string } | undefined {
    const separator = text.indexOf('/');
    if (separator <= 0) return undefined;
    const namespace = text.slice(0, separator);
    const name = text.slice(separator + 1);
    try {
      validateNamespace(namespace);
      validateRepositoryName(name);
    } catch {
      return undefined;
    }
    return { namespace, name, key: `${namespace}/${name}` };
  }

  type Ref = NonNullable<ReturnType<typeof splitRepository>>;

  function repositoryResource(request: EmulatorRequest, ref: Ref, user: string | undefined): EmulatorResponse {
    const repository = state.repositories.get(ref.key);
    if (request.method === 'GET') {
      if (!repository) return state.isAdmin(user, ref.namespace) ? problem(404, 'not_found', 'Not Found', host()) : unauthorized(user);
      if (!state.canRead(user, repository)) return unauthorized(user);
      return { status: 200, json: repositoryDetail(repository, user, request.query) };
    }
    if (!state.isAdmin(user, ref.namespace)) return unauthorized(user);
    if (request.method === 'PUT') {
      const parsed = validated(request, updateRepositoryBodySchema);
      if ('response' in parsed) return parsed.response;
      if (!repository) return problem(404, 'not_found', 'Not Found', host());
      repository.description = parsed.body.description;
      return { status: 200, json: { success: true } };
    }
    if (request.method === 'DELETE') {
      // Quay renames the repository and queues it for garbage collection; a missing one is no error.
      if (repository) {
        state.repositories.delete(ref.key);
        state.starred.delete(ref.key);
        for (const [uuid, entry] of state.notificationsByUuid) if (entry.repository === ref.key) state.notificationsByUuid.delete(uuid);
      }
      return { status: 204 };
    }
    return METHOD_NOT_ALLOWED;
  }

  function repositoryDetail(repository: Repository, user: string | undefined, query: URLSearchParams): JsonObject {
    const admin = state.isAdmin(user, repository.namespace);
    const includeTags = query.get('includeTags') === null || truthy(query.get('includeTags'));
    return {
      namespace: repository.namespace,
      name: repository.name,
      kind: 'image',
      description: repository.description,
      is_public: repository.isPublic,
      is_organization: state.namespaces.get(repository.namespace)?.kind === 'org',
      is_starred: state.starred.has(`${repository.namespace}/${repository.name}`),
      status_token: repository.isPublic ? '' : repository.statusToken,
      trust_enabled: false,
      tag_expiration_s: 1_209_600,
      is_free_account: true,
      state: 'NORMAL',
      ...(includeTags && { tags: structuredClone(repository.tags) }),
      can_write: admin,
      can_admin: admin,
      ...(truthy(query.get('includeStats')) && { stats: [] }),
    };
  }

  function changeVisibility(request: EmulatorRequest, ref: Ref, user: string | undefined): EmulatorResponse {
    if (!state.isAdmin(user, ref.namespace)) return unauthorized(user);
    const parsed = validated(request, changeVisibilityBodySchema);
    if ('response' in parsed) return parsed.response;
    const repository = state.repositories.get(ref.key);
    // Quay's handler returns nothing for a missing repository: 200 with a null body.
    if (!repository) return { status: 200, json: null };
    repository.isPublic = parsed.body.visibility === 'public';
    return { status: 200, json: { success: true } };
  }

  function notificationCollection(request: EmulatorRequest, ref: Ref): EmulatorResponse {
    if (request.method === 'GET') return { status: 200, json: { notifications: state.notifications(ref.key) } };
    if (request.method !== 'POST') return METHOD_NOT_ALLOWED;
    const parsed = validated(request, notificationCreateBodySchema);
    if ('response' in parsed) return parsed.response;
    const body = parsed.body;
    // Quay looks both names up without catching a miss: HTTP 500 (quay/quay endpoints/api/repositorynotification.py).
    if (!findQuayEvent(body.event) || !findQuayMethod(body.method)) return INTERNAL_SERVER_ERROR;
    const message = serverValidateMethodConfig(body.method, body.config) ?? stateCheck(ref, body.method, body.config);
    if (message === 'crash') return INTERNAL_SERVER_ERROR;
    if (message) return problem(400, 'invalid_request', message, host());
    // The insert of a notification for a missing repository fails inside Quay: HTTP 500.
    if (!state.repositories.has(ref.key)) return INTERNAL_SERVER_ERROR;
    const stored: StoredNotification = {
      repository: ref.key,
      uuid: randomUUID(),
      title: body.title ?? null,
      event: body.event,
      method: body.method,
      config: body.config,
      event_config: body.eventConfig,
      number_of_failures: 0,
    };
    state.notificationsByUuid.set(stored.uuid, stored);
    return { status: 201, json: publicNotification(stored) };
  }

  /** The checks that need Quay's state: authorized e-mails and notification targets. 'crash' = Quay's HTTP 500. */
  function stateCheck(ref: Ref, method: string, config: JsonObject): string | undefined {
    if (method === 'email' && !QUAY_AUTHORIZED_EMAILS.includes(String(config.email))) {
      return 'The specified e-mail address is not authorized to receive notifications for this repository';
    }
    if (method !== 'quay_notification') return undefined;
    const target = config.target as { kind: string; name?: unknown };
    if (typeof target.name !== 'string') return 'crash';
    if (target.kind === 'user') return USERS.has(target.name) ? undefined : `Unknown user ${target.name}`;
    if (target.kind === 'org') {
      if (state.namespaces.get(target.name)?.kind !== 'org') return `Unknown organization ${target.name}`;
      return target.name === ref.namespace ? undefined : 'crash';
    }
    if (target.kind === 'team') return state.namespaces.get(ref.namespace)?.teams.has(target.name) ? undefined : `Unknown team ${target.name}`;
    return 'crash';
  }

  function missingNotification(ref: Ref, uuid: string): EmulatorResponse {
    return problem(400, 'invalid_request', `No repository notification found for: ${ref.namespace}, ${ref.name}, ${uuid}`, host());
  }

  function notificationResource(request: EmulatorRequest, ref: Ref, uuid: string): EmulatorResponse {
    const stored = state.notificationsByUuid.get(uuid);
    if (request.method === 'GET') {
      // Quay does not check that the uuid belongs to the repository here.
      return stored ? { status: 200, json: publicNotification(stored) } : problem(404, 'not_found', 'Not Found', host());
    }
    if (request.method === 'DELETE') {
      if (!stored || stored.repository !== ref.key) return missingNotification(ref, uuid);
      state.notificationsByUuid.delete(uuid);
      return { status: 204 };
    }
    if (request.method === 'POST') {
      if (!stored) return missingNotification(ref, uuid);
      if (stored.repository !== ref.key) return { status: 400, json: { message: `No repository notification found with uuid: ${uuid}` } };
      stored.number_of_failures = 0;
      return { status: 204 };
    }
    return METHOD_NOT_ALLOWED;
  }

  function testNotification(ref: Ref, uuid: string): EmulatorResponse {
    const stored = state.notificationsByUuid.get(uuid);
    if (!stored || stored.repository !== ref.key) return missingNotification(ref, uuid);
    // Quay only queues the job and answers at once; the worker delivers later.
    const delivery = deliver(stored).finally(() => state.pending.delete(delivery));
    state.pending.add(delivery);
    return { status: 200, json: {} };
  }

  async function deliver(stored: StoredNotification): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    const [namespace, ...rest] = stored.repository.split('/');
    const payload = samplePayload(stored.event, { namespace, name: rest.join('/'), host: emulator.url, eventConfig: stored.event_config });
    const entry: QuayDelivery = { uuid: stored.uuid, repository: stored.repository, event: stored.event, method: stored.method, outcome: 'skipped' };
    // The worker drops jobs of a notification that failed 3 times in a row, silently.
    if (isNotificationDisabled(stored)) {
      state.deliveries.push(entry);
      return;
    }
    const url = typeof stored.config.url === 'string' ? stored.config.url : undefined;
    const body = stored.method === 'webhook' ? webhookBody(payload, stored.config.template) : stored.method === 'slack' ? slackBody(stored, payload) : undefined;
    if (!url || body === undefined) {
      state.deliveries.push({ ...entry, body: payload });
      return;
    }
    const result = await post(url, body);
    const ok = result.status !== undefined && result.status >= 200 && result.status < 300;
    stored.number_of_failures = ok ? 0 : stored.number_of_failures + 1;
    state.deliveries.push({ ...entry, url, body, outcome: ok ? 'delivered' : 'failed', ...result });
  }
}

// ---------------------------------------------------------------------------------------------
// Delivery bodies

/** util/jsontemplate.py in small: `${path}` alone keeps the JSON type, inside text lists join with ",", misses read "(none)". */
function webhookBody(payload: JsonObject, template: unknown): unknown {
  if (typeof template !== 'string' || template === '') return payload;
  const lookup = (expression: string): unknown => {
    const steps = expression.replace(/^\$/, '').match(/[^.[\]]+|\[\d+\]/g) ?? [];
    let value: unknown = payload;
    for (const step of steps) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[step.startsWith('[') ? step.slice(1, -1) : step];
    }
    return value;
  };
  const text = (value: unknown) => (value === undefined ? '(none)' : Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value));
  const apply = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = /^\$\{([^}]+)\}$/.exec(value);
      if (whole) return lookup(whole[1]) ?? '(none)';
      return value.replace(/\$\{([^}]+)\}/g, (_match, expression: string) => text(lookup(expression)));
    }
    if (Array.isArray(value)) return value.map(apply);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, apply(item)]));
    return value;
  };
  return apply(JSON.parse(template));
}

/** Each event's summary line and Slack colour (quay/quay notifications/notificationevent.py, notificationmethod.py). */
function slackSummary(event: string, payload: JsonObject): { text: string; color: string } {
  const repository = String(payload.repository);
  const build = `for repository ${repository} [${String(payload.build_id ?? '').slice(0, 7)}]`;
  const priority = String((payload.vulnerability as { priority?: unknown } | undefined)?.priority ?? 'Unknown');
  const COLORS = { info: '#ffffff', warning: 'warning', error: 'danger', success: 'good', primary: 'good' };
  switch (event) {
    case 'repo_push':
      return { text: `Repository ${repository} updated`, color: COLORS.primary };
    case 'build_queued':
      return { text: `Build queued ${build}`, color: COLORS.info };
    case 'build_start':
      return { text: `Build started ${build}`, color: COLORS.info };
    case 'build_success':
      return { text: `Build succeeded ${build}`, color: COLORS.success };
    case 'build_failure':
      return { text: `Build failure ${build}`, color: COLORS.error };
    case 'build_cancelled':
      return { text: `Build cancelled ${build}`, color: COLORS.info };
    case 'vulnerability_found': {
      const level = priority === 'Critical' ? COLORS.error : priority === 'High' || priority === 'Medium' ? COLORS.warning : COLORS.info;
      const tags = Array.isArray(payload.tags) ? payload.tags.length : 0;
      return { text: `${priority} vulnerability detected in repository ${repository} in ${tags} tags`, color: level };
    }
    case 'repo_mirror_sync_started':
      return { text: `Repository Mirror started for ${String(payload.message)}`, color: COLORS.info };
    case 'repo_mirror_sync_success':
      return { text: `Repository Mirror success for ${String(payload.message)}`, color: COLORS.success };
    case 'repo_mirror_sync_failed':
      return { text: `Repository Mirror failed for ${String(payload.message)}`, color: COLORS.error };
    default:
      return { text: `Repository ${repository} image(s) expiring`, color: COLORS.info };
  }
}

function slackBody(stored: StoredNotification, payload: JsonObject): JsonObject {
  const { text, color } = slackSummary(stored.event, payload);
  return {
    text,
    username: 'quayiobot',
    attachments: [{ fallback: text, text: `<${String(payload.homepage)}|${String(payload.repository)}>: ${text}`, color, mrkdwn_in: ['text'] }],
  };
}

function post(url: string, body: unknown): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ error: 'invalid URL' });
      return;
    }
    const data = Buffer.from(JSON.stringify(body));
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(data.length), 'user-agent': 'Quay-Emulator-Webhook' },
        timeout: DELIVERY_TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode }));
        response.on('error', (error) => resolve({ status: response.statusCode, error: error.message }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`)));
    outgoing.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    outgoing.end(data);
  });
}
