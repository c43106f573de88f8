// CodeArts Repo API v4 (notification subscriptions, the user's repositories) and the IAM token endpoint,
// as Huawei's API reference describes them (api-codeartsrepo, api-iam; docs/platforms/codearts.md). Server-side
// checks reuse the platform's catalog, schemas and signer.

import { randomBytes } from 'node:crypto';
import {
  CHANNEL_NAMES,
  REPOSITORY_ID_MAX,
  channelTakesWebhook,
  validateMentionPhones,
  validateMentionUsers,
  validateWebhookUrl,
  type Channel,
} from '../platforms/codearts/catalog.js';
import { subscriptionPutBodySchema, type WebhookConfigBody } from '../platforms/codearts/schemas.js';
import { parseAuthorization, verifySignedRequest } from '../platforms/codearts/signer.js';
import { decodeWebhookConfigFromWire } from '../platforms/codearts/webhook-encoding.js';
import type { EmulatorCredentials } from './credentials.js';
import type { Emulator, EmulatorRequest, EmulatorResponse, Params } from './server.js';

/** Temporary (STS) keys the emulator accepts only with their security token. */
export const CODEARTS_TEMPORARY_KEYS = {
  accessKey: 'EMULATORTEMPORARYKEY',
  secretKey: 'emulator-temporary-secret-key',
  securityToken: 'emulator-security-token',
} as const;

/** The emulator's own code for a rejected parameter (the API documents none). */
export const INVALID_PARAMETER_CODE = 'CH.00400001';

const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

interface StoredEvent {
  resource_type: string;
  action: string;
  enabled: boolean;
  role_ids: string[] | null;
  role_names: string[] | null;
}

interface StoredSettings {
  enabled: boolean;
  config_source: string;
  /** Plain text; null on channels without a group bot. */
  webhook: { url: string; mention_users: string; mention_phone: string; token: string } | null;
  waring_repo_usage_rate: number;
  subscript_events: StoredEvent[];
}

interface SeedRepository {
  id: number;
  namespace: string;
  name: string;
}

export const CODEARTS_SEED_REPOSITORIES: readonly SeedRepository[] = [
  { id: 123, namespace: 'demo-group', name: 'demo-repo' },
  { id: 2111978605, namespace: 'codearts-team', name: 'notifications' },
  { id: 4001, namespace: 'group-a', name: 'shared' },
  { id: 4002, namespace: 'group-b', name: 'shared' },
];

// The events of the example response on Huawei's UpdateNotificationSubscription page, in its order.
const SEED_EVENTS: StoredEvent[] = [
  ...['open', 'update', 'merge', 'review', 'approve', 'create_note', 'resolve_note'].map((action) => ({
    resource_type: 'mr',
    action,
    enabled: true,
    role_ids: null,
    role_names: [],
  })),
  ...['delete', 'capacity_warning'].map((action) => ({ resource_type: 'repo', action, enabled: true, role_ids: [''], role_names: null })),
];

const SEED_WEBHOOK = {
  url: 'https://example.com/cgi-bin/webhook/send?key=xxxx',
  mention_users: '1;2',
  mention_phone: '17812341234;18512341234;16712345678',
  token: '',
};
const EMPTY_WEBHOOK = { url: '', mention_users: '', mention_phone: '', token: '' };

const SEED_CHANNELS: Record<Channel, Pick<StoredSettings, 'enabled' | 'config_source' | 'webhook'>> = {
  internal_message: { enabled: true, config_source: 'repo', webhook: null },
  email: { enabled: false, config_source: 'repo', webhook: null },
  qyweixin: { enabled: true, config_source: 'repo', webhook: SEED_WEBHOOK },
  feishu: { enabled: false, config_source: 'repo', webhook: EMPTY_WEBHOOK },
  dingding: { enabled: false, config_source: 'product', webhook: EMPTY_WEBHOOK },
};

function seedSettings(channel: Channel): StoredSettings {
  return structuredClone({ ...SEED_CHANNELS[channel], waring_repo_usage_rate: 60, subscript_events: SEED_EVENTS });
}

function repositoryView(repository: SeedRepository) {
  return {
    id: repository.id,
    name: repository.name,
    path: repository.name,
    namespace: repository.namespace,
    path_with_namespace: `${repository.namespace}/${repository.name}`,
    name_with_namespace: `${repository.namespace} / ${repository.name}`,
    uuid: repository.id.toString(16).padStart(32, '0'),
    project_id: 'emulatorproject000000000000000001',
    visibility: 'private',
  };
}

function settingsView(repositoryId: number, settings: StoredSettings) {
  return {
    repository_id: repositoryId,
    enabled: settings.enabled,
    config_source: settings.config_source,
    webhook_config: settings.webhook && {
      url: settings.webhook.url,
      mention_users: settings.webhook.mention_users,
      mention_phone: settings.webhook.mention_phone,
      has_token: settings.webhook.token !== '',
    },
    waring_repo_usage_rate: settings.waring_repo_usage_rate,
    subscript_events: settings.subscript_events,
  };
}

export function installCodearts(emulator: Emulator, credentials: EmulatorCredentials): void {
  let requestCount = 0;
  const settings = new Map<string, StoredSettings>();
  const issuedTokens = new Map<string, number>();
  emulator.onReset(() => {
    requestCount = 0;
    settings.clear();
    issuedTokens.clear();
  });

  type Route = (request: EmulatorRequest, params: Params, requestId: string) => EmulatorResponse;
  // Every answer carries a request id, as the API gateway's do; ids count up from 1 after each reset.
  const route = (method: string, path: string, handle: Route, authenticated = true) =>
    emulator.route(method, path, (request, params) => {
      const requestId = (++requestCount).toString(16).padStart(32, '0');
      const denied = authenticated ? checkAuth(request, requestId) : undefined;
      const response = denied ?? handle(request, params, requestId);
      return { ...response, headers: { ...response.headers, 'x-request-id': requestId } };
    });

  const error = (status: number, code: string, message: string, requestId?: string): EmulatorResponse => ({
    status,
    json: { error_code: code, error_msg: message, ...(requestId && { request_id: requestId }) },
  });

  function checkAuth(request: EmulatorRequest, requestId: string): EmulatorResponse | undefined {
    const denied = (why: string) => error(401, 'APIG.0301', `Incorrect IAM authentication information: ${why}`, requestId);
    const token = request.headers['x-auth-token'];
    if (token !== undefined) {
      const expires = issuedTokens.get(token);
      if (token === credentials.codeartsToken || (expires !== undefined && expires > Date.now())) return undefined;
      return denied('decrypt token fail');
    }
    const authorization = request.headers.authorization;
    if (authorization === undefined) return denied('x-auth-token not found');
    const secrets: Record<string, string> = {
      [credentials.codeartsAccessKey]: credentials.codeartsSecretKey,
      [CODEARTS_TEMPORARY_KEYS.accessKey]: CODEARTS_TEMPORARY_KEYS.secretKey,
    };
    const verified = verifySignedRequest({
      method: request.method,
      url: `${request.url.pathname}${request.url.search}`,
      headers: request.headers,
      body: request.body,
      lookupSecret: (accessKey) => secrets[accessKey],
    });
    if (!verified.ok) return denied('verify aksk signature fail');
    if (verified.accessKey === CODEARTS_TEMPORARY_KEYS.accessKey) {
      const signed = parseAuthorization(authorization)?.signedHeaderNames ?? [];
      if (request.headers['x-security-token'] !== CODEARTS_TEMPORARY_KEYS.securityToken || !signed.includes('x-security-token')) {
        return denied('verify security token fail');
      }
    }
    return undefined;
  }

  function findRepository(text: string, requestId: string): SeedRepository | EmulatorResponse {
    const id = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(id) || id < 1 || id > REPOSITORY_ID_MAX) {
      return error(400, INVALID_PARAMETER_CODE, `repository_id must be an integer from 1 to ${REPOSITORY_ID_MAX}`, requestId);
    }
    return CODEARTS_SEED_REPOSITORIES.find((repository) => repository.id === id) ?? error(404, 'CH.00402000', '该仓库不存在,请检查后重试。', requestId);
  }

  function channelOf(request: EmulatorRequest, requestId: string): Channel | EmulatorResponse {
    const type = request.query.get('type');
    if (type === null || type === '') return error(400, INVALID_PARAMETER_CODE, 'type is required', requestId);
    if (!(CHANNEL_NAMES as readonly string[]).includes(type)) {
      return error(400, INVALID_PARAMETER_CODE, `type must be one of ${CHANNEL_NAMES.join(', ')}`, requestId);
    }
    return type as Channel;
  }

  function stored(repositoryId: number, channel: Channel): StoredSettings {
    const key = `${repositoryId}:${channel}`;
    if (!settings.has(key)) settings.set(key, seedSettings(channel));
    return settings.get(key)!;
  }

  const isResponse = (value: unknown): value is EmulatorResponse => typeof value === 'object' && value !== null && 'status' in value;

  route('GET', '/v4/user/repositories', (request) => {
    const search = (request.query.get('search') ?? '').toLowerCase();
    const offset = Math.max(0, Number(request.query.get('offset') ?? 0) || 0);
    const limit = Math.min(100, Math.max(1, Number(request.query.get('limit') ?? 20) || 20));
    const matching = CODEARTS_SEED_REPOSITORIES.map(repositoryView).filter(
      (repository) => repository.name.toLowerCase().includes(search) || repository.path_with_namespace.toLowerCase().includes(search),
    );
    return { status: 200, json: matching.slice(offset, offset + limit) };
  });

  route('GET', '/v4/repositories/:id/notification-subscriptions/status', (_request, params, requestId) => {
    const repository = findRepository(params.id, requestId);
    if (isResponse(repository)) return repository;
    const status = Object.fromEntries(
      CHANNEL_NAMES.map((channel) => {
        const current = stored(repository.id, channel);
        return [channel, { config_source: current.config_source, enabled: current.enabled }];
      }),
    );
    return { status: 200, json: status };
  });

  route('GET', '/v4/repositories/:id/notification-subscriptions/subscription', (request, params, requestId) => {
    const repository = findRepository(params.id, requestId);
    if (isResponse(repository)) return repository;
    const channel = channelOf(request, requestId);
    if (isResponse(channel)) return channel;
    return { status: 200, json: settingsView(repository.id, stored(repository.id, channel)) };
  });

  route('PUT', '/v4/repositories/:id/notification-subscriptions/subscription', (request, params, requestId) => {
    const repository = findRepository(params.id, requestId);
    if (isResponse(repository)) return repository;
    const channel = channelOf(request, requestId);
    if (isResponse(channel)) return channel;
    const parsed = subscriptionPutBodySchema.safeParse(request.json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return error(400, INVALID_PARAMETER_CODE, `invalid request body: ${issue.path.join('.') || 'body'}: ${issue.message}`, requestId);
    }
    const body = parsed.data;
    const current = stored(repository.id, channel);
    let webhook: WebhookConfigBody | undefined;
    if (body.webhook_config) {
      if (!channelTakesWebhook(channel)) return error(400, INVALID_PARAMETER_CODE, `${channel} has no webhook_config`, requestId);
      try {
        webhook = decodeWebhookConfigFromWire(body.webhook_config);
        if (webhook.url) validateWebhookUrl(webhook.url);
        if (webhook.mention_users) validateMentionUsers(webhook.mention_users);
        if (webhook.mention_phone) validateMentionPhones(webhook.mention_phone);
      } catch (problem) {
        return error(400, INVALID_PARAMETER_CODE, `invalid webhook_config: ${(problem as Error).message}`, requestId);
      }
    }
    // A field left out keeps its value; the token especially, as no GET ever returns it to send back.
    const next: StoredSettings = {
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
    settings.set(`${repository.id}:${channel}`, next);
    return { status: 200, json: settingsView(repository.id, next) };
  });

  // IAM: POST /v3/auth/tokens with a password identity; keystone-style error bodies.
  route(
    'POST',
    '/v3/auth/tokens',
    (request) => {
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
      issuedTokens.set(token, expires.getTime());
      return {
        status: 201,
        headers: { 'x-subject-token': token },
        json: {
          token: {
            expires_at: expires.toISOString(),
            issued_at: issued.toISOString(),
            methods: ['password'],
            user: { name: user.name, domain: { name: user.domain.name } },
            project: { name: project },
          },
        },
      };
    },
    false,
  );
}
