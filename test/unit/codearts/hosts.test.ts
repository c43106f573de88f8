import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  apiBaseForRegion,
  iamEndpointForRegion,
  iamPasswordTokenRequest,
  REGIONS,
} from '../../../src/platforms/codearts/hosts.js';

describe('apiBaseForRegion', () => {
  it('uses the host pattern of each region generation', () => {
    expect(apiBaseForRegion('cn-north-4')).toBe('https://codehub-ext.cn-north-4.myhuaweicloud.com');
    expect(apiBaseForRegion('ap-southeast-3')).toBe('https://codehub-ext.ap-southeast-3.myhuaweicloud.com');
    expect(apiBaseForRegion('tr-west-1')).toBe('https://codeartsrepo-ext.tr-west-1.myhuaweicloud.com');
    expect(apiBaseForRegion('af-north-1')).toBe('https://repo.af-north-1.myhuaweicloud.com');
    expect(REGIONS).toHaveLength(16);
  });

  it('refuses an unknown region, listing the known ones and pointing at --server', () => {
    let error: unknown;
    try {
      apiBaseForRegion('cn-north-9');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(`unknown CodeArts region "cn-north-9" (known: ${REGIONS.join(', ')})`);
    expect((error as UsageError).hint).toMatch(/--server/);
  });
});

describe('IAM', () => {
  it('builds the regional IAM endpoint, for regions outside the host table too', () => {
    expect(iamEndpointForRegion('cn-north-4')).toBe('https://iam.cn-north-4.myhuaweicloud.com');
    expect(iamEndpointForRegion('ap-southeast-1')).toBe('https://iam.ap-southeast-1.myhuaweicloud.com');
  });

  it('refuses a region that would not make a host name', () => {
    expect(() => iamEndpointForRegion('evil.com/x')).toThrow(UsageError);
  });

  it('builds the password-token body exactly as IAM documents it', () => {
    expect(
      JSON.stringify(iamPasswordTokenRequest({ username: 'U', password: 'P', domain: 'D', region: 'cn-north-4' })),
    ).toBe(
      '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"U","password":"P","domain":{"name":"D"}}}},"scope":{"project":{"name":"cn-north-4"}}}}',
    );
  });
});
