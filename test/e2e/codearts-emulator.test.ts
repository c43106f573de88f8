// The emulator's CodeArts API seen from a plain HTTP client: what it accepts, stores and refuses.
import { describe, expect, it } from 'vitest';
import { signRequest } from '../../src/platforms/codearts/signer.js';
import { encodeBase64Text } from '../../src/platforms/codearts/webhook-encoding.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const SUBSCRIPTION = '/v4/repositories/123/notification-subscriptions/subscription';
const TOKEN = { 'x-auth-token': EMULATOR_CREDENTIALS.codeartsToken };

async function call(method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}) {
  const response = await fetch(`${fx.url}${path}`, { method, headers: { ...options.headers, ...(options.body && { 'content-type': 'application/json' }) }, body: options.body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

function signed(method: string, path: string, body: string | undefined, secretKey: string = EMULATOR_CREDENTIALS.codeartsSecretKey, date?: Date) {
  const headers: Record<string, string> = body ? { 'content-type': 'application/json' } : {};
  return {
    ...headers,
    ...signRequest({ method, url: `${fx.url}${path}`, headers, body, accessKey: EMULATOR_CREDENTIALS.codeartsAccessKey, secretKey, date }),
  };
}

describe('CodeArts emulator', () => {
  it('answers 401 APIG.0301 with a request id when a request has no credentials', async () => {
    const response = await call('GET', '/v4/repositories/123/notification-subscriptions/status');
    expect(response.status).toBe(401);
    expect(response.headers.get('x-request-id')).toBe('00000000000000000000000000000001');
    expect(response.json).toEqual({
      error_code: 'APIG.0301',
      error_msg: 'Incorrect IAM authentication information: x-auth-token not found',
      request_id: '00000000000000000000000000000001',
    });
  });

  it('accepts a request signed with its AK/SK and rejects the same request with its body tampered', async () => {
    const body = JSON.stringify({ enabled: false });
    const headers = signed('PUT', `${SUBSCRIPTION}?type=email`, body);
    expect((await call('PUT', `${SUBSCRIPTION}?type=email`, { headers, body })).status).toBe(200);
    const tampered = await call('PUT', `${SUBSCRIPTION}?type=email`, { headers, body: JSON.stringify({ enabled: true }) });
    expect(tampered.status).toBe(401);
    expect(tampered.json).toMatchObject({ error_code: 'APIG.0301', error_msg: 'Incorrect IAM authentication information: verify aksk signature fail' });
  });

  it('rejects a signature with the wrong secret key, another query, or a stale X-Sdk-Date', async () => {
    const path = `${SUBSCRIPTION}?type=email`;
    expect((await call('GET', path, { headers: signed('GET', path, undefined, 'wrong-secret') })).status).toBe(401);
    expect((await call('GET', `${SUBSCRIPTION}?type=feishu`, { headers: signed('GET', path, undefined) })).status).toBe(401);
    const stale = signed('GET', path, undefined, undefined, new Date(Date.now() - 60 * 60 * 1000));
    expect((await call('GET', path, { headers: stale })).status).toBe(401);
  });

  it('decodes base64 on PUT, stores plain text and answers with has_token, never the token', async () => {
    const body = JSON.stringify({
      webhook_config: { url: encodeBase64Text('https://bot.example.com/飞书'), token: encodeBase64Text('bot-secret'), mention_phone: encodeBase64Text('+86-138') },
    });
    const put = await call('PUT', `${SUBSCRIPTION}?type=feishu`, { headers: TOKEN, body });
    expect(put.status).toBe(200);
    const get = await call('GET', `${SUBSCRIPTION}?type=feishu`, { headers: TOKEN });
    expect((get.json as { webhook_config: unknown }).webhook_config).toEqual({ url: 'https://bot.example.com/飞书', mention_users: '', mention_phone: '+86-138', has_token: true });
    expect(get.text).not.toContain('bot-secret');
    expect(get.text).not.toContain(encodeBase64Text('bot-secret'));
  });

  it('refuses webhook fields that are not base64, with 400 and an error code', async () => {
    const response = await call('PUT', `${SUBSCRIPTION}?type=feishu`, { headers: TOKEN, body: JSON.stringify({ webhook_config: { url: 'https://not-encoded.example.com' } }) });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error_code: 'CH.00400001', error_msg: 'invalid webhook_config: webhook_config.url is not base64-encoded UTF-8' });
  });

  it('checks the PUT body against the catalog', async () => {
    const cases = [
      { subscript_events: [{ resource_type: 'pipeline', action: 'open', enabled: true }] },
      { subscript_events: [{ resource_type: 'mr', action: 'open', enabled: true, role_names: ['boss'] }] },
      { waring_repo_usage_rate: 70 },
      { config_source: 'team' },
    ];
    for (const body of cases) {
      const response = await call('PUT', `${SUBSCRIPTION}?type=email`, { headers: TOKEN, body: JSON.stringify(body) });
      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({ error_code: 'CH.00400001' });
    }
    const webhookOnEmail = await call('PUT', `${SUBSCRIPTION}?type=email`, { headers: TOKEN, body: JSON.stringify({ webhook_config: { mention_users: 'u1' } }) });
    expect(webhookOnEmail.json).toMatchObject({ error_code: 'CH.00400001', error_msg: 'email has no webhook_config' });
  });

  it('requires a known type and a repository id in range', async () => {
    expect((await call('GET', SUBSCRIPTION, { headers: TOKEN })).json).toMatchObject({ error_code: 'CH.00400001', error_msg: 'type is required' });
    expect((await call('GET', `${SUBSCRIPTION}?type=slack`, { headers: TOKEN })).status).toBe(400);
    expect((await call('GET', '/v4/repositories/0/notification-subscriptions/status', { headers: TOKEN })).status).toBe(400);
    expect((await call('GET', '/v4/repositories/9/notification-subscriptions/status', { headers: TOKEN })).json).toEqual({
      error_code: 'CH.00402000',
      error_msg: '该仓库不存在,请检查后重试。',
      request_id: '00000000000000000000000000000004',
    });
  });

  it('lists the user repositories matching a search, by offset and limit', async () => {
    const shared = await call('GET', '/v4/user/repositories?search=shared&offset=0&limit=100', { headers: TOKEN });
    const rows = shared.json as Array<{ namespace: string; path: string }>;
    expect(rows.map((repository) => `${repository.namespace}/${repository.path}`)).toEqual(['group-a/shared', 'group-b/shared']);
    const second = await call('GET', '/v4/user/repositories?search=shared&offset=1&limit=1', { headers: TOKEN });
    expect((second.json as Array<{ id: number }>).map((repository) => repository.id)).toEqual([4002]);
  });

  it("answers each repository with exactly the SDK's RepositorySimplestDto fields (no path_with_namespace)", async () => {
    const found = await call('GET', '/v4/user/repositories?search=payments&offset=0&limit=100', { headers: TOKEN });
    const rows = found.json as Array<Record<string, unknown>>;
    // huaweicloud/huaweicloud-sdk-python-v3 huaweicloudsdkcodeartsrepo/v4/model/repository_simplest_dto.py, attribute_map.
    expect(rows.map((row) => Object.keys(row))).toEqual([
      [
        'id', 'name', 'namespace', 'path', 'develop_mode', 'visibility', 'security', 'star_count', 'forks_count', 'open_issues_count',
        'open_merge_requests_count', 'starred', 'name_with_namespace', 'last_activity_at', 'forked_from_repository', 'permissions',
        'archived', 'member_count', 'uuid', 'description', 'last_repository_updated_at', 'ssh_url_to_repo', 'http_url_to_repo', 'status',
        'active_statistic', 'project_name', 'project_id', 'project_is_delete', 'creator_id',
      ],
    ]);
    expect(rows[0]).toMatchObject({ id: 5001, name: 'Payments API', namespace: 'platform', path: 'payments-api', name_with_namespace: 'Platform Team / Payments API' });
  });

  it('issues IAM tokens (201, X-Subject-Token) that the API then accepts', async () => {
    const body = JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: EMULATOR_CREDENTIALS.codeartsUsername, password: EMULATOR_CREDENTIALS.codeartsPassword, domain: { name: EMULATOR_CREDENTIALS.codeartsDomain } } } },
        scope: { project: { name: 'cn-north-4' } },
      },
    });
    const issued = await call('POST', '/v3/auth/tokens', { body });
    expect(issued.status).toBe(201);
    const token = issued.headers.get('x-subject-token')!;
    expect(token).toMatch(/^MII/);
    expect(Date.parse((issued.json as { token: { expires_at: string } }).token.expires_at)).toBeGreaterThan(Date.now() + 23 * 3600 * 1000);
    expect((await call('GET', '/v4/repositories/123/notification-subscriptions/status', { headers: { 'x-auth-token': token } })).status).toBe(200);

    const refused = await call('POST', '/v3/auth/tokens', { body: body.replace(EMULATOR_CREDENTIALS.codeartsPassword, 'wrong') });
    expect(refused.status).toBe(401);
    expect(refused.json).toEqual({ error: { code: 401, message: 'The username or password is wrong.', title: 'Unauthorized' } });
  });
});
