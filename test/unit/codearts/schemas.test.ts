import { describe, expect, it } from 'vitest';
import {
  codeartsErrorMessage,
  iamTokenResponseSchema,
  repositoryListSchema,
  subscriptionPutBodySchema,
  subscriptionSettingsSchema,
  subscriptionStatusSchema,
} from '../../../src/platforms/codearts/schemas.js';

describe('response schemas', () => {
  it('reads the documented settings response, null role lists included', () => {
    const settings = subscriptionSettingsSchema.parse({
      repository_id: 2111978605,
      enabled: true,
      config_source: 'repo',
      webhook_config: { url: 'https://example.com/hook', mention_users: '1;2', mention_phone: '178' },
      waring_repo_usage_rate: 60,
      subscript_events: [
        { resource_type: 'mr', action: 'open', enabled: true, role_ids: null, role_names: [] },
        { resource_type: 'repo', action: 'delete', enabled: true, role_ids: [''], role_names: null },
      ],
    });
    expect(settings.subscript_events?.[1].role_ids).toEqual(['']);
  });

  it('tolerates fields and enum values it does not know', () => {
    const settings = subscriptionSettingsSchema.parse({
      enabled: true,
      config_source: 'something_new',
      extra: 1,
      subscript_events: [{ resource_type: 'pipeline', action: 'run', enabled: false }],
    });
    expect(settings.extra).toBe(1);
  });

  it('reads the status of every channel', () => {
    const status = subscriptionStatusSchema.parse({
      internal_message: { config_source: 'repo', enabled: true },
      email: { config_source: 'product', enabled: false },
      feishu: { config_source: 'repo', enabled: false },
    });
    expect(status.email?.enabled).toBe(false);
    expect(status.dingding).toBeUndefined();
  });

  it('reads a bare array of repositories', () => {
    const repositories = repositoryListSchema.parse([
      { id: 123, name: 'demo', path_with_namespace: 'team/demo', uuid: 'a'.repeat(32), visibility: 'private' },
    ]);
    expect(repositories[0].id).toBe(123);
  });

  it('reads the IAM token body', () => {
    expect(iamTokenResponseSchema.parse({ token: { expires_at: '2024-05-07T07:08:09.000000Z', methods: ['password'] } }).token.expires_at).toBe(
      '2024-05-07T07:08:09.000000Z',
    );
  });
});

describe('subscriptionPutBodySchema', () => {
  it('accepts the documented request example', () => {
    expect(
      subscriptionPutBodySchema.safeParse({
        enabled: true,
        config_source: 'repo',
        waring_repo_usage_rate: 60,
        webhook_config: { url: 'aHR0cHM6', token: 'YXNk', mention_users: '1;2', mention_phone: 'MTc4' },
        subscript_events: [{ resource_type: 'repo', action: 'capacity_warning', enabled: true }],
      }).success,
    ).toBe(true);
  });

  it('refuses values outside the catalog', () => {
    expect(subscriptionPutBodySchema.safeParse({ waring_repo_usage_rate: 70 }).success).toBe(false);
    expect(subscriptionPutBodySchema.safeParse({ config_source: 'project' }).success).toBe(false);
    expect(
      subscriptionPutBodySchema.safeParse({ subscript_events: [{ resource_type: 'mr', action: 'open', enabled: true, role_names: ['owner'] }] })
        .success,
    ).toBe(false);
  });
});

describe('codeartsErrorMessage', () => {
  it('reads v4 and API gateway errors', () => {
    expect(codeartsErrorMessage({ error_code: 'CH.00402000', error_msg: 'repository does not exist' })).toEqual({
      code: 'CH.00402000',
      message: 'repository does not exist',
    });
    expect(codeartsErrorMessage({ error_code: 'APIG.0308', error_msg: 'throttled', request_id: 'r-1' })).toEqual({
      code: 'APIG.0308',
      message: 'throttled',
      requestId: 'r-1',
    });
  });

  it('reads legacy v1/v2 errors', () => {
    expect(codeartsErrorMessage({ error: { code: 'CH.004403', message: 'no permission' }, status: 'failed' })).toEqual({
      code: 'CH.004403',
      message: 'no permission',
    });
  });

  it('returns nothing for a body of another shape', () => {
    expect(codeartsErrorMessage('<html>bad gateway</html>')).toEqual({});
    expect(codeartsErrorMessage(null)).toEqual({});
    expect(codeartsErrorMessage({ message: 'x' })).toEqual({});
  });
});
