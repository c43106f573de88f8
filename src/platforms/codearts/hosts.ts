// CodeArts Repo API hosts per region. There is no single pattern: newer regions use other
// host names, so the table is explicit and `--server` always wins.

import { UsageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';

// Both tables are copied entry for entry from Huawei's Python SDK (huaweicloud/huaweicloud-sdk-python-v3,
// `huaweicloudsdkcodeartsrepo/v4/region/codeartsrepo_region.py` and `huaweicloudsdkiam/v3/region/iam_region.py`,
// release 3.1.211), in their order. Keep them in step with those files.

/** Region → CodeArts Repo API base URL (codeartsrepo_region.py). */
export const REGION_API_BASES = {
  'cn-east-2': 'https://codehub-ext.cn-east-2.myhuaweicloud.com',
  'cn-south-1': 'https://codehub-ext.cn-south-1.myhuaweicloud.com',
  'cn-east-3': 'https://codehub-ext.cn-east-3.myhuaweicloud.com',
  'cn-north-4': 'https://codehub-ext.cn-north-4.myhuaweicloud.com',
  'cn-north-1': 'https://codehub-ext.cn-north-1.myhuaweicloud.com',
  'cn-south-2': 'https://codehub-ext.cn-south-2.myhuaweicloud.com',
  'cn-southwest-2': 'https://codehub-ext.cn-southwest-2.myhuaweicloud.com',
  'sa-brazil-1': 'https://codehub-ext.sa-brazil-1.myhuaweicloud.com',
  'la-north-2': 'https://codehub-ext.la-north-2.myhuaweicloud.com',
  'ap-southeast-3': 'https://codehub-ext.ap-southeast-3.myhuaweicloud.com',
  'la-south-2': 'https://codeartsrepo-ext.la-south-2.myhuaweicloud.com',
  'me-east-1': 'https://repo.me-east-1.myhuaweicloud.com',
  'tr-west-1': 'https://codeartsrepo-ext.tr-west-1.myhuaweicloud.com',
  'af-south-1': 'https://repo.af-south-1.myhuaweicloud.com',
  'af-north-1': 'https://repo.af-north-1.myhuaweicloud.com',
  'eu-west-101': 'https://codeartsrepo-ext.eu-west-101.myhuaweicloud.com',
} as const;

/**
 * Region → IAM endpoint (iam_region.py). Not every host follows `iam.{region}.myhuaweicloud.com`:
 * eu-west-101 (Huawei Cloud Europe) is on `.eu`, while its CodeArts Repo host stays on `.com`.
 */
export const IAM_REGION_ENDPOINTS = {
  'cn-north-2': 'https://iam.cn-north-2.myhuaweicloud.com',
  'cn-north-4': 'https://iam.cn-north-4.myhuaweicloud.com',
  'cn-north-1': 'https://iam.cn-north-1.myhuaweicloud.com',
  'cn-east-2': 'https://iam.cn-east-2.myhuaweicloud.com',
  'cn-east-3': 'https://iam.cn-east-3.myhuaweicloud.com',
  'cn-south-1': 'https://iam.cn-south-1.myhuaweicloud.com',
  'cn-south-2': 'https://iam.cn-south-2.myhuaweicloud.com',
  'cn-southwest-2': 'https://iam.cn-southwest-2.myhuaweicloud.com',
  'ap-southeast-1': 'https://iam.ap-southeast-1.myhuaweicloud.com',
  'ap-southeast-2': 'https://iam.ap-southeast-2.myhuaweicloud.com',
  'ap-southeast-3': 'https://iam.ap-southeast-3.myhuaweicloud.com',
  'af-south-1': 'https://iam.af-south-1.myhuaweicloud.com',
  'sa-brazil-1': 'https://iam.sa-brazil-1.myhuaweicloud.com',
  'la-south-2': 'https://iam.la-south-2.myhuaweicloud.com',
  'na-mexico-1': 'https://iam.na-mexico-1.myhuaweicloud.com',
  'la-north-2': 'https://iam.la-north-2.myhuaweicloud.com',
  'cn-north-9': 'https://iam.cn-north-9.myhuaweicloud.com',
  'eu-west-101': 'https://iam.eu-west-101.myhuaweicloud.eu',
  'eu-west-0': 'https://iam.eu-west-0.myhuaweicloud.com',
  'my-kualalumpur-1': 'https://iam.my-kualalumpur-1.myhuaweicloud.com',
  'ru-moscow-1': 'https://iam.ru-moscow-1.myhuaweicloud.com',
  'me-east-1': 'https://iam.me-east-1.myhuaweicloud.com',
  'ap-southeast-4': 'https://iam.ap-southeast-4.myhuaweicloud.com',
  'ae-ad-1': 'https://iam.ae-ad-1.myhuaweicloud.com',
  'cn-east-4': 'https://iam.cn-east-4.myhuaweicloud.com',
  'cn-east-5': 'https://iam.cn-east-5.myhuaweicloud.com',
  'tr-west-1': 'https://iam.tr-west-1.myhuaweicloud.com',
  'cn-north-12': 'https://iam.cn-north-12.myhuaweicloud.com',
} as const;

export type Region = keyof typeof REGION_API_BASES;

/** Region → API host name. */
export const REGION_HOSTS: Readonly<Record<Region, string>> = Object.fromEntries(
  Object.entries(REGION_API_BASES).map(([region, base]) => [region, new URL(base).host]),
) as Record<Region, string>;

export const REGIONS = Object.keys(REGION_API_BASES) as Region[];

export const IAM_TOKEN_PATH = '/v3/auth/tokens';

/** `https://codehub-ext.cn-north-4.myhuaweicloud.com`, without `/v4` (the client adds it). */
export function apiBaseForRegion(region: string): string {
  const base: string | undefined = REGION_API_BASES[region.trim() as Region];
  if (base !== undefined) return base;
  const suggestion = closest(region, REGIONS);
  const hint = suggestion
    ? `did you mean "${suggestion}"? Otherwise pass --server with the API URL of your region`
    : 'pass --server with the API URL of your region';
  throw new UsageError(`unknown CodeArts region "${region}" (known: ${REGIONS.join(', ')})`, { hint });
}

/**
 * The SDK's table first; IAM is in every region, so a region the table does not know gets the usual
 * host name (only the shape is checked, as it becomes a host name).
 */
export function iamEndpointForRegion(region: string): string {
  const value = region.trim();
  if (!/^[a-z]+(?:-[a-z0-9]+)+$/.test(value)) {
    throw new UsageError(`invalid region "${region}" (expected a Huawei Cloud region id such as cn-north-4)`);
  }
  const known: string | undefined = IAM_REGION_ENDPOINTS[value as keyof typeof IAM_REGION_ENDPOINTS];
  return known ?? `https://iam.${value}.myhuaweicloud.com`;
}

export interface IamPasswordCredentials {
  username: string;
  password: string;
  /** The account (domain) name the IAM user belongs to. */
  domain: string;
  region: string;
}

/** Body of `POST {iam}/v3/auth/tokens`; the token scoped to the region's project comes back in `X-Subject-Token`. */
export function iamPasswordTokenRequest(credentials: IamPasswordCredentials) {
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: {
          user: {
            name: credentials.username,
            password: credentials.password,
            domain: { name: credentials.domain },
          },
        },
      },
      scope: { project: { name: credentials.region } },
    },
  };
}

/** The region whose CodeArts Repo host the server URL is, if it is one of the table's. */
export function regionOfApiBase(server: string): Region | undefined {
  return REGIONS.find((region) => REGION_API_BASES[region] === server.replace(/\/+$/, ''));
}
