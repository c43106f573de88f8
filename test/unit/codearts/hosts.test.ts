import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  apiBaseForRegion,
  iamEndpointForRegion,
  iamPasswordTokenRequest,
  REGIONS,
} from '../../../src/platforms/codearts/hosts.js';

// Written out from huaweicloud/huaweicloud-sdk-python-v3 `huaweicloudsdkcodeartsrepo/v4/region/codeartsrepo_region.py`.
const SDK_CODEARTSREPO_REGIONS: Array<[string, string]> = [
  ['cn-east-2', 'https://codehub-ext.cn-east-2.myhuaweicloud.com'],
  ['cn-south-1', 'https://codehub-ext.cn-south-1.myhuaweicloud.com'],
  ['cn-east-3', 'https://codehub-ext.cn-east-3.myhuaweicloud.com'],
  ['cn-north-4', 'https://codehub-ext.cn-north-4.myhuaweicloud.com'],
  ['cn-north-1', 'https://codehub-ext.cn-north-1.myhuaweicloud.com'],
  ['cn-south-2', 'https://codehub-ext.cn-south-2.myhuaweicloud.com'],
  ['cn-southwest-2', 'https://codehub-ext.cn-southwest-2.myhuaweicloud.com'],
  ['sa-brazil-1', 'https://codehub-ext.sa-brazil-1.myhuaweicloud.com'],
  ['la-north-2', 'https://codehub-ext.la-north-2.myhuaweicloud.com'],
  ['ap-southeast-3', 'https://codehub-ext.ap-southeast-3.myhuaweicloud.com'],
  ['la-south-2', 'https://codeartsrepo-ext.la-south-2.myhuaweicloud.com'],
  ['me-east-1', 'https://repo.me-east-1.myhuaweicloud.com'],
  ['tr-west-1', 'https://codeartsrepo-ext.tr-west-1.myhuaweicloud.com'],
  ['af-south-1', 'https://repo.af-south-1.myhuaweicloud.com'],
  ['af-north-1', 'https://repo.af-north-1.myhuaweicloud.com'],
  ['eu-west-101', 'https://codeartsrepo-ext.eu-west-101.myhuaweicloud.com'],
];

// Written out from huaweicloud/huaweicloud-sdk-python-v3 `huaweicloudsdkiam/v3/region/iam_region.py`.
const SDK_IAM_REGIONS: Array<[string, string]> = [
  ['cn-north-2', 'https://iam.cn-north-2.myhuaweicloud.com'],
  ['cn-north-4', 'https://iam.cn-north-4.myhuaweicloud.com'],
  ['cn-north-1', 'https://iam.cn-north-1.myhuaweicloud.com'],
  ['cn-east-2', 'https://iam.cn-east-2.myhuaweicloud.com'],
  ['cn-east-3', 'https://iam.cn-east-3.myhuaweicloud.com'],
  ['cn-south-1', 'https://iam.cn-south-1.myhuaweicloud.com'],
  ['cn-south-2', 'https://iam.cn-south-2.myhuaweicloud.com'],
  ['cn-southwest-2', 'https://iam.cn-southwest-2.myhuaweicloud.com'],
  ['ap-southeast-1', 'https://iam.ap-southeast-1.myhuaweicloud.com'],
  ['ap-southeast-2', 'https://iam.ap-southeast-2.myhuaweicloud.com'],
  ['ap-southeast-3', 'https://iam.ap-southeast-3.myhuaweicloud.com'],
  ['af-south-1', 'https://iam.af-south-1.myhuaweicloud.com'],
  ['sa-brazil-1', 'https://iam.sa-brazil-1.myhuaweicloud.com'],
  ['la-south-2', 'https://iam.la-south-2.myhuaweicloud.com'],
  ['na-mexico-1', 'https://iam.na-mexico-1.myhuaweicloud.com'],
  ['la-north-2', 'https://iam.la-north-2.myhuaweicloud.com'],
  ['cn-north-9', 'https://iam.cn-north-9.myhuaweicloud.com'],
  ['eu-west-101', 'https://iam.eu-west-101.myhuaweicloud.eu'],
  ['eu-west-0', 'https://iam.eu-west-0.myhuaweicloud.com'],
  ['my-kualalumpur-1', 'https://iam.my-kualalumpur-1.myhuaweicloud.com'],
  ['ru-moscow-1', 'https://iam.ru-moscow-1.myhuaweicloud.com'],
  ['me-east-1', 'https://iam.me-east-1.myhuaweicloud.com'],
  ['ap-southeast-4', 'https://iam.ap-southeast-4.myhuaweicloud.com'],
  ['ae-ad-1', 'https://iam.ae-ad-1.myhuaweicloud.com'],
  ['cn-east-4', 'https://iam.cn-east-4.myhuaweicloud.com'],
  ['cn-east-5', 'https://iam.cn-east-5.myhuaweicloud.com'],
  ['tr-west-1', 'https://iam.tr-west-1.myhuaweicloud.com'],
  ['cn-north-12', 'https://iam.cn-north-12.myhuaweicloud.com'],
];

describe('the region tables of the Huawei Cloud SDK', () => {
  it.each(SDK_CODEARTSREPO_REGIONS)('CodeArts Repo in %s is %s', (region, base) => {
    expect(apiBaseForRegion(region)).toBe(base);
  });

  it('knows exactly the CodeArts Repo regions of the SDK, in its order', () => {
    expect(REGIONS).toEqual(SDK_CODEARTSREPO_REGIONS.map(([region]) => region));
  });

  it.each(SDK_IAM_REGIONS)('IAM in %s is %s', (region, endpoint) => {
    expect(iamEndpointForRegion(region)).toBe(endpoint);
  });
});

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
