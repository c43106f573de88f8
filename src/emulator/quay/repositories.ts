// Handlers of Quay's user and repository endpoints (quay/quay endpoints/api/user.py, repository.py).
import { randomBytes } from 'node:crypto';
import type { JsonObject } from '../../platforms/quay/catalog/index.js';
import { validateRepositoryName } from '../../platforms/quay/names.js';
import {
  changeVisibilityBodySchema,
  createRepositoryBodySchema,
  updateRepositoryBodySchema,
  type RepositoryListItem,
} from '../../platforms/quay/schemas.js';
import type { EmulatorResponse } from '../server.js';
import { BAD_REQUEST, CSRF_FAILURE, problem, truthy, validated } from './answers.js';
import { unauthorized, type QuayCall, type RepositoryCall } from './call.js';
import type { Repository } from './state.js';

const REPOS_PER_PAGE = 100;
const STARRED_PAGE_LIMIT = 99;

export function currentUser({ user, state, host }: QuayCall): EmulatorResponse {
  if (!user) return problem(401, 'invalid_token', 'Requires authentication', host);
  const organizations = [...state.namespaces.entries()]
    .filter(([, entry]) => entry.kind === 'org' && entry.admins.has(user))
    .map(([name]) => ({ name, is_org_admin: true }));
  return { status: 200, json: { anonymous: false, username: user, organizations } };
}

export function createRepository(call: QuayCall): EmulatorResponse {
  const { user, state, host } = call;
  if (!user) return CSRF_FAILURE;
  const parsed = validated(call.request, createRepositoryBodySchema, host);
  if ('response' in parsed) return parsed.response;
  const { repository: name, visibility, description } = parsed.body;
  const namespace = parsed.body.namespace ?? user;
  if (!state.isAdmin(user, namespace)) return unauthorized(call);
  if (state.repositories.has(`${namespace}/${name}`)) return problem(400, 'invalid_request', 'Repository already exists', host);
  try {
    validateRepositoryName(name);
  } catch {
    return problem(400, 'invalid_request', 'Invalid repository name', host);
  }
  state.addRepository(namespace, name, { description, isPublic: visibility === 'public' });
  return { status: 201, json: { namespace, name, kind: 'image' } };
}

export function listRepositories(call: QuayCall): EmulatorResponse {
  const { user, state, request } = call;
  const namespace = request.query.get('namespace') ?? undefined;
  const starred = truthy(request.query.get('starred'));
  const includePublic = truthy(request.query.get('public'));
  if (!namespace && !starred && !includePublic) {
    return problem(400, 'invalid_request', 'namespace, starred or public are required for this API call', call.host);
  }
  if (starred && !user) return BAD_REQUEST;
  const visible = [...state.repositories.values()]
    .filter((entry) => (starred ? state.starred.has(`${entry.namespace}/${entry.name}`) : !namespace || entry.namespace === namespace))
    .filter((entry) => state.isAdmin(user, entry.namespace) || (includePublic && entry.isPublic))
    .sort((a, b) => a.id - b.id);
  const item = (entry: Repository) => listItem(call, entry);
  // Quay 3.14+: the starred branch cuts the first page to 99 and never hands out a token.
  if (starred) return { status: 200, json: { repositories: visible.slice(0, STARRED_PAGE_LIMIT).map(item) } };
  return { status: 200, json: repositoryPage(call, visible, item) };
}

function listItem({ user, state, request }: QuayCall, entry: Repository): RepositoryListItem {
  return {
    namespace: entry.namespace,
    name: entry.name,
    description: entry.description,
    is_public: entry.isPublic,
    kind: 'image',
    state: 'NORMAL',
    ...(truthy(request.query.get('last_modified')) && { last_modified: entry.lastModified }),
    ...(truthy(request.query.get('popularity')) && { popularity: entry.popularity }),
    ...(user && { is_starred: state.starred.has(`${entry.namespace}/${entry.name}`) }),
  };
}

/** One page of 100 with an opaque token for the next; an unknown or expired token silently means page 1 again. */
function repositoryPage({ state, request }: QuayCall, visible: Repository[], item: (entry: Repository) => RepositoryListItem) {
  const start = state.pageTokenStarts.get(request.query.get('next_page') ?? '') ?? 0;
  const page = visible.filter((entry) => entry.id >= start);
  const json: { repositories: RepositoryListItem[]; next_page?: string } = { repositories: page.slice(0, REPOS_PER_PAGE).map(item) };
  if (page.length > REPOS_PER_PAGE) {
    const token = randomBytes(24).toString('base64url');
    if (state.pageTokens === 'stable') state.pageTokenStarts.set(token, page[REPOS_PER_PAGE].id);
    json.next_page = token;
  }
  return json;
}

export function getRepository(call: RepositoryCall): EmulatorResponse {
  const { state, user, ref } = call;
  const repository = state.repositories.get(ref.key);
  if (!repository) return state.isAdmin(user, ref.namespace) ? problem(404, 'not_found', 'Not Found', call.host) : unauthorized(call);
  if (!state.canRead(user, repository)) return unauthorized(call);
  return { status: 200, json: repositoryDetail(call, repository) };
}

/**
 * GET /repository/{repo}/tag/: one page of the tag list, by page number (quay/quay endpoints/api/tag.py
 * ListRepositoryTags: `page` from 1, `limit` 1 to 100, default 50; `has_additional` while more exist).
 */
export function listTags(call: RepositoryCall): EmulatorResponse {
  const { state, user, ref, request } = call;
  const repository = state.repositories.get(ref.key);
  if (!repository) return state.isAdmin(user, ref.namespace) ? problem(404, 'not_found', 'Not Found', call.host) : unauthorized(call);
  if (!state.canRead(user, repository)) return unauthorized(call);
  const number = (name: string, fallback: number) => {
    const text = request.query.get(name);
    return text === null ? fallback : /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  };
  const page = Math.max(1, number('page', 1));
  const limit = Math.min(100, Math.max(1, number('limit', 50)));
  if (Number.isNaN(page) || Number.isNaN(limit)) return BAD_REQUEST;
  const tags = Object.values(repository.tags).map((tag) => ({ ...structuredClone(tag), reversion: false, is_manifest_list: false }));
  const start = (page - 1) * limit;
  return { status: 200, json: { tags: tags.slice(start, start + limit), page, has_additional: tags.length > start + limit } };
}

function repositoryDetail({ state, user, request }: QuayCall, repository: Repository): JsonObject {
  const admin = state.isAdmin(user, repository.namespace);
  const includeTags = request.query.get('includeTags') === null || truthy(request.query.get('includeTags'));
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
    ...(truthy(request.query.get('includeStats')) && { stats: [] }),
  };
}

export function updateRepository(call: RepositoryCall): EmulatorResponse {
  const parsed = validated(call.request, updateRepositoryBodySchema, call.host);
  if ('response' in parsed) return parsed.response;
  const repository = call.state.repositories.get(call.ref.key);
  if (!repository) return problem(404, 'not_found', 'Not Found', call.host);
  repository.description = parsed.body.description;
  return { status: 200, json: { success: true } };
}

/** A missing repository is no error. */
export function deleteRepository({ state, ref }: RepositoryCall): EmulatorResponse {
  if (state.repositories.has(ref.key)) state.deleteRepository(ref.key);
  return { status: 204 };
}

export function changeVisibility(call: RepositoryCall): EmulatorResponse {
  const { state, user, ref } = call;
  if (!state.isAdmin(user, ref.namespace)) return unauthorized(call);
  const parsed = validated(call.request, changeVisibilityBodySchema, call.host);
  if ('response' in parsed) return parsed.response;
  const repository = state.repositories.get(ref.key);
  // Quay's handler returns nothing for a missing repository: 200 with a null body.
  if (!repository) return { status: 200, json: null };
  repository.isPublic = parsed.body.visibility === 'public';
  return { status: 200, json: { success: true } };
}
