import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../src/config/resolve.js';
import type { Profile } from '../../../src/config/profile.js';
import { iamIdentityOf, selectCredentials } from '../../../src/platforms/codearts/auth.js';

function connection(profile?: Profile, profileName = 'p'): Connection {
  return { platform: 'codearts', server: 'https://codehub.example.com', insecure: false, ...(profile && { profile, profileName }) };
}

const KEYS = { REGNOTIFY_ACCESS_KEY: 'AK', REGNOTIFY_SECRET_KEY: 'SK' };

describe('selectCredentials', () => {
  it('prefers REGNOTIFY_TOKEN over AK/SK from the environment', () => {
    expect(selectCredentials(connection(), { REGNOTIFY_TOKEN: 'token', ...KEYS })).toEqual({ kind: 'token', token: 'token', source: 'REGNOTIFY_TOKEN' });
  });

  it('takes AK/SK from REGNOTIFY_* before HUAWEICLOUD_SDK_*, with a security token for temporary keys', () => {
    expect(selectCredentials(connection(), { ...KEYS, HUAWEICLOUD_SDK_AK: 'other', HUAWEICLOUD_SDK_SK: 'other' })).toEqual({
      kind: 'aksk',
      accessKey: 'AK',
      secretKey: 'SK',
      source: 'REGNOTIFY_ACCESS_KEY/REGNOTIFY_SECRET_KEY',
    });
    expect(selectCredentials(connection(), { HUAWEICLOUD_SDK_AK: 'TAK', HUAWEICLOUD_SDK_SK: 'TSK', HUAWEICLOUD_SDK_SECURITY_TOKEN: 'sts' })).toEqual({
      kind: 'aksk',
      accessKey: 'TAK',
      secretKey: 'TSK',
      securityToken: 'sts',
      source: 'HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK',
    });
  });

  it('lets the environment win over every kind of profile credential', () => {
    const profile: Profile = { platform: 'codearts', token: 'stored', accessKey: 'PAK', secretKey: 'PSK' };
    expect(selectCredentials(connection(profile), KEYS)).toMatchObject({ kind: 'aksk', accessKey: 'AK' });
  });

  it('uses a stored token, then stored keys, then the IAM user of the profile', () => {
    expect(selectCredentials(connection({ platform: 'codearts', token: 't', accessKey: 'a', secretKey: 's' }), {})).toMatchObject({ kind: 'token', token: 't', source: 'profile p' });
    expect(selectCredentials(connection({ platform: 'codearts', accessKey: 'a', secretKey: 's' }), {})).toMatchObject({ kind: 'aksk', accessKey: 'a', source: 'profile p' });
    expect(selectCredentials(connection({ platform: 'codearts', username: 'u', domain: 'd', region: 'cn-north-4', password: 'pw' }), {})).toEqual({
      kind: 'iam',
      identity: { username: 'u', domain: 'd', region: 'cn-north-4', endpoint: 'https://iam.cn-north-4.myhuaweicloud.com' },
      password: 'pw',
      profileName: 'p',
    });
  });

  it('refuses half a key pair and a run without any credentials', () => {
    expect(() => selectCredentials(connection(), { HUAWEICLOUD_SDK_SK: 'SK' })).toThrow('incomplete AK/SK credentials (HUAWEICLOUD_SDK_SK is set but HUAWEICLOUD_SDK_AK is not)');
    expect(() => selectCredentials(connection(), {})).toThrow(/^no credentials for Huawei Cloud CodeArts Repo/);
  });
});

describe('iamIdentityOf', () => {
  it('uses the stored IAM endpoint without a trailing slash, else the region', () => {
    expect(iamIdentityOf({ username: 'u', domain: 'd', region: 'la-south-2', iamEndpoint: 'http://127.0.0.1:9/' }, 'p').endpoint).toBe('http://127.0.0.1:9');
    expect(iamIdentityOf({ username: 'u', domain: 'd', region: 'la-south-2' }, 'p').endpoint).toBe('https://iam.la-south-2.myhuaweicloud.com');
  });

  it('needs a region to scope the token', () => {
    expect(() => iamIdentityOf({ username: 'u', domain: 'd' }, 'p')).toThrow('profile "p" has no region (IAM tokens are scoped to a region)');
  });
});
