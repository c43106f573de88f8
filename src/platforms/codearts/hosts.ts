// CodeArts Repo API hosts per region. There is no single pattern: newer regions use other
// host names, so the table is explicit and `--server` always wins.

import { UsageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';

const CODEHUB_EXT_REGIONS = [
  'cn-north-4',
  'cn-north-1',
  'cn-east-2',
  'cn-east-3',
  'cn-south-1',
  'cn-south-2',
  'cn-southwest-2',
  'sa-brazil-1',
  'la-north-2',
  'ap-southeast-3',
] as const;
const CODEARTSREPO_EXT_REGIONS = ['la-south-2', 'tr-west-1', 'eu-west-101'] as const;
const REPO_REGIONS = ['me-east-1', 'af-south-1', 'af-north-1'] as const;

export type Region =
  | (typeof CODEHUB_EXT_REGIONS)[number]
  | (typeof CODEARTSREPO_EXT_REGIONS)[number]
  | (typeof REPO_REGIONS)[number];

/** Region → API host name. */
export const REGION_HOSTS: Readonly<Record<Region, string>> = Object.fromEntries([
  ...CODEHUB_EXT_REGIONS.map((region) => [region, `codehub-ext.${region}.myhuaweicloud.com`]),
  ...CODEARTSREPO_EXT_REGIONS.map((region) => [region, `codeartsrepo-ext.${region}.myhuaweicloud.com`]),
  ...REPO_REGIONS.map((region) => [region, `repo.${region}.myhuaweicloud.com`]),
]) as Record<Region, string>;

export const REGIONS = Object.keys(REGION_HOSTS) as Region[];

export const IAM_TOKEN_PATH = '/v3/auth/tokens';

/** `https://codehub-ext.cn-north-4.myhuaweicloud.com`, without `/v4` (the client adds it). */
export function apiBaseForRegion(region: string): string {
  const host = REGION_HOSTS[region.trim() as Region];
  if (host !== undefined) return `https://${host}`;
  const suggestion = closest(region, REGIONS);
  const hint = suggestion
    ? `did you mean "${suggestion}"? Otherwise pass --server with the API URL of your region`
    : 'pass --server with the API URL of your region';
  throw new UsageError(`unknown CodeArts region "${region}" (known: ${REGIONS.join(', ')})`, { hint });
}

/** IAM is in every region, known to the table or not; only the shape is checked, as it becomes a host name. */
export function iamEndpointForRegion(region: string): string {
  const value = region.trim();
  if (!/^[a-z]+(?:-[a-z0-9]+)+$/.test(value)) {
    throw new UsageError(`invalid region "${region}" (expected a Huawei Cloud region id such as cn-north-4)`);
  }
  return `https://iam.${value}.myhuaweicloud.com`;
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
