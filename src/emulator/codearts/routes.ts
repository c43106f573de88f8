// CodeArts Repo API v4 routes (notification subscriptions, the user's repositories) and the IAM token
// endpoint on the shared router. Every answer carries a request id; all but IAM need authentication.
import { randomBytes } from 'node:crypto';
import {
  CHANNEL_NAMES,
  REPOSITORY_ID_MAX,
  channelTakesWebhook,
  validateMentionPhones,
  validateMentionUsers,
  validateWebhookUrl,
  type Channel,
} from '../../platforms/codearts/catalog.js';
import type { z } from 'zod';
import { subscriptionPutBodySchema, type WebhookConfigBody } from '../../platforms/codearts/schemas.js';
import { decodeWebhookConfigFromWire } from '../../platforms/codearts/webhook-encoding.js';
import type { EmulatorCredentials } from '../credentials.js';
import type { Emulator, EmulatorRequest, EmulatorResponse, Params } from '../server.js';
import { apiError, INVALID_PARAMETER_CODE, isResponse, repositoryView, settingsView } from './answers.js';
import { checkAuth, checkProject } from './auth.js';
import { CODEARTS_PROJECT_ID, CODEARTS_SEED_REPOSITORIES, type CodeartsState, type SeedRepository, type StoredSettings } from './state.js';

const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

interface CodeartsCall {
  request: EmulatorRequest;
  params: Params;
  requestId: string;
  state: CodeartsState;
  credentials: EmulatorCredentials;
}

type CodeartsHandler = (call: CodeartsCall) => EmulatorResponse;
/** A PUT body as the schema accepts it (the client's own body type is stricter). */
type PutBody = z.output<typeof subscriptionPutBodySchema>;

function findRepository({ params, requestId }: CodeartsCall): SeedRepository | EmulatorResponse {
  const id = /^\d+$/.test(params.id) ? Number(params.id) : NaN;
  if (!Number.isSafeInteger(id) || id < 1 || id > REPOSITORY_ID_MAX) {
    return apiError(400, INVALID_PARAMETER_CODE, `repository_id must be an integer from 1 to ${REPOSITORY_ID_MAX}`, requestId);
  }
  return CODEARTS_SEED_REPOSITORIES.find((repository) => repository.id === id) ?? apiError(404, 'CH.00402000', '该仓库不存在,请检查后重试。', requestId);
}

function channelOf({ request, requestId }: CodeartsCall): Channel | EmulatorResponse {
  const type = request.query.get('type');
  if (type === null || type === '') return apiError(400, INVALID_PARAMETER_CODE, 'type is required', requestId);
  if (!(CHANNEL_NAMES as readonly string[]).includes(type)) {
    return apiError(400, INVALID_PARAMETER_CODE, `type must be one of ${CHANNEL_NAMES.join(', ')}`, requestId);
  }
  return type as Channel;
}

function listRepositories({ request }: CodeartsCall): EmulatorResponse {
  const search = (request.query.get('search') ?? '').toLowerCase();
  const offset = Math.max(0, Number(request.query.get('offset') ?? 0) || 0);
  const limit = Math.min(100, Math.max(1, Number(request.query.get('limit') ?? 20) || 20));
  // What the search matches is not documented: the emulator takes the display name, the path or the full path.
  const matching = CODEARTS_SEED_REPOSITORIES.filter((repository) =>
    [repository.name, repository.path, `${repository.namespace}/${repository.path}`].some((text) => text.toLowerCase().includes(search)),
  );
  return { status: 200, json: matching.slice(offset, offset + limit).map(repositoryView) };
}

function subscriptionStatus(call: CodeartsCall): EmulatorResponse {
  const repository = findRepository(call);
  if (isResponse(repository)) return repository;
  const status = Object.fromEntries(
    CHANNEL_NAMES.map((channel) => {
      const current = call.state.stored(repository.id, channel);
      return [channel, { config_source: current.config_source, enabled: current.enabled }];
    }),
  );
  return { status: 200, json: status };
}

function getSubscription(call: CodeartsCall): EmulatorResponse {
  const repository = findRepository(call);
  if (isResponse(repository)) return repository;
  const channel = channelOf(call);
  if (isResponse(channel)) return channel;
  return { status: 200, json: settingsView(repository.id, call.state.stored(repository.id, channel)) };
}

function putSubscription(call: CodeartsCall): EmulatorResponse {
  const repository = findRepository(call);
  if (isResponse(repository)) return repository;
  const channel = channelOf(call);
  if (isResponse(channel)) return channel;
  const parsed = subscriptionPutBodySchema.safeParse(call.request.json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return apiError(400, INVALID_PARAMETER_CODE, `invalid request body: ${issue.path.join('.') || 'body'}: ${issue.message}`, call.requestId);
  }
  const webhook = webhookOf(call, channel, parsed.data);
  if (isResponse(webhook)) return webhook;
  const next = mergeSettings(call.state.stored(repository.id, channel), parsed.data, webhook);
  call.state.store(repository.id, channel, next);
  return { status: 200, json: settingsView(repository.id, next) };
}

/** The decoded, checked webhook config of a PUT body, if it has one. */
function webhookOf({ requestId, state }: CodeartsCall, channel: Channel, body: PutBody): WebhookConfigBody | undefined | EmulatorResponse {
  if (!body.webhook_config) return undefined;
  if (!channelTakesWebhook(channel)) return apiError(400, INVALID_PARAMETER_CODE, `${channel} has no webhook_config`, requestId);
  try {
    const webhook = decodeWebhookConfigFromWire(body.webhook_config, state.webhookTokenEncoding);
    if (webhook.url) validateWebhookUrl(webhook.url);
    if (webhook.mention_users) validateMentionUsers(webhook.mention_users);
    if (webhook.mention_phone) validateMentionPhones(webhook.mention_phone);
    return webhook;
  } catch (problem) {
    return apiError(400, INVALID_PARAMETER_CODE, `invalid webhook_config: ${(problem as Error).message}`, requestId);
  }
}

/** A field left out keeps its value; the token especially, as no GET ever returns it to send back. */
function mergeSettings(current: StoredSettings, body: PutBody, webhook: WebhookConfigBody | undefined): StoredSettings {
  return {
    enabled: body.enabled ?? current.enabled,
    config_source: body.config_source ?? current.config_source,
    webhook: current.webhook && {
      url: webhook?.url ?? current.webhook.url,
      mention_users: webhook?.mention_users ?? current.webhook.mention_users,
      mention_phone: webhook?.mention_phone ?? current.webhook.mention_phone,
      token: webhook?.token ?? current.webhook.token,
    },
    waring_repo_usage_rate: body.waring_repo_usage_rate ?? current.waring_repo_usage_rate,
    subscript_events: body.subscript_events
      ? body.subscript_events.map((event) => ({
          resource_type: event.resource_type,
          action: event.action,
          enabled: event.enabled,
          role_ids: event.role_ids ?? null,
          role_names: event.role_names ?? null,
        }))
      : current.subscript_events,
  };
}

/** IAM: POST /v3/auth/tokens with a password identity; keystone-style error bodies. */
function issueToken({ request, state, credentials }: CodeartsCall): EmulatorResponse {
  const iamError = (status: number, message: string): EmulatorResponse => ({
    status,
    json: { error: { code: status, message, title: status === 401 ? 'Unauthorized' : 'Bad Request' } },
  });
  const auth = (request.json as { auth?: Record<string, any> } | undefined)?.auth;
  const user = auth?.identity?.password?.user;
  const project = auth?.scope?.project?.name;
  if (!auth?.identity?.methods?.includes?.('password') || typeof user?.name !== 'string' || typeof project !== 'string') {
    return iamError(400, 'The request you have made requires authentication.');
  }
  if (user.name !== credentials.codeartsUsername || user.password !== credentials.codeartsPassword || user.domain?.name !== credentials.codeartsDomain) {
    return iamError(401, 'The username or password is wrong.');
  }
  const token = `MII${randomBytes(24).toString('base64url')}`;
  const issued = new Date();
  const expires = new Date(issued.getTime() + TOKEN_LIFETIME_MS);
  state.issuedTokens.set(token, expires.getTime());
  const body = {
    expires_at: expires.toISOString(),
    issued_at: issued.toISOString(),
    methods: ['password'],
    user: { name: user.name, domain: { name: user.domain.name } },
    project: { name: project },
  };
  return { status: 201, headers: { 'x-subject-token': token }, json: { token: body } };
}

/**
 * IAM: GET /v3/projects?name=<region>, what the SDKs ask with AK/SK to learn the X-Project-Id
 * (huaweicloudsdkcore/auth/internal.py, IamHelper.get_keystone_list_projects_request). One project per region name.
 */
function listProjects({ request }: CodeartsCall): EmulatorResponse {
  const name = request.query.get('name');
  const region = name !== null && /^[a-z]+(?:-[a-z0-9]+)+$/.test(name) ? name : undefined;
  const projects = region
    ? [{ id: CODEARTS_PROJECT_ID, name: region, domain_id: 'emulatordomain00000000000000000001', enabled: true, is_domain: false, description: '' }]
    : [];
  return { status: 200, json: { projects, links: { self: `/v3/projects${request.url.search}`, next: null, previous: null } } };
}

export function registerCodeartsRoutes(emulator: Emulator, state: CodeartsState, credentials: EmulatorCredentials): void {
  const route = (method: string, path: string, handler: CodeartsHandler, access: 'project' | 'account' | 'none' = 'project') =>
    emulator.route(method, path, (request, params) => {
      const requestId = state.nextRequestId();
      const denied =
        access === 'none'
          ? undefined
          : (checkAuth(request, requestId, state, credentials) ?? (access === 'project' ? checkProject(request, requestId) : undefined));
      const response = denied ?? handler({ request, params, requestId, state, credentials });
      return { ...response, headers: { ...response.headers, 'x-request-id': requestId } };
    });

  const subscriptions = '/v4/repositories/:id/notification-subscriptions';
  route('GET', '/v4/user/repositories', listRepositories);
  route('GET', `${subscriptions}/status`, subscriptionStatus);
  route('GET', `${subscriptions}/subscription`, getSubscription);
  route('PUT', `${subscriptions}/subscription`, putSubscription);
  route('POST', '/v3/auth/tokens', issueToken, 'none');
  route('GET', '/v3/projects', listProjects, 'account');
  emulator.controlRoute('POST', '/codearts/webhook-token-encoding', (request) => {
    const encoding = (request.json as { encoding?: unknown } | undefined)?.encoding;
    if (encoding !== 'base64' && encoding !== 'plain') return { status: 400, json: { error: 'encoding must be one of base64, plain' } };
    state.webhookTokenEncoding = encoding;
    return { status: 200, json: { encoding } };
  });
}
