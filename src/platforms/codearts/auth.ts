// Which of the three CodeArts credentials a run uses. The environment beats the profile, and a token
// beats AK/SK from the same place; a profile with a user name and domain signs in through IAM.

import { withheldCredentialsError } from '../../config/credential-binding.js';
import type { Connection } from '../../config/resolve.js';
import { AuthError, UsageError } from '../../core/errors.js';
import type { Env } from '../../core/io.js';
import { iamEndpointForRegion } from './hosts.js';

export interface IamIdentity {
  username: string;
  domain: string;
  region: string;
  /** Base URL of IAM, without `/v3`. */
  endpoint: string;
}

export type CodeartsCredentials =
  | { kind: 'token'; token: string; source: string }
  | { kind: 'aksk'; accessKey: string; secretKey: string; securityToken?: string; source: string }
  | { kind: 'iam'; identity: IamIdentity; password?: string; profileName: string };

/** Environment variable pairs for AK/SK, in order of preference. */
const KEY_VARIABLES = [
  { accessKey: 'REGNOTIFY_ACCESS_KEY', secretKey: 'REGNOTIFY_SECRET_KEY', securityToken: 'REGNOTIFY_SECURITY_TOKEN' },
  { accessKey: 'HUAWEICLOUD_SDK_AK', secretKey: 'HUAWEICLOUD_SDK_SK', securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN' },
] as const;

function keysFromEnv(env: Env): CodeartsCredentials | undefined {
  for (const names of KEY_VARIABLES) {
    const accessKey = env[names.accessKey] || undefined;
    const secretKey = env[names.secretKey] || undefined;
    if (!accessKey && !secretKey) continue;
    if (!accessKey || !secretKey) {
      const [set, missing] = accessKey ? [names.accessKey, names.secretKey] : [names.secretKey, names.accessKey];
      throw new AuthError(`incomplete AK/SK credentials (${set} is set but ${missing} is not)`, {
        hint: `set both ${names.accessKey} and ${names.secretKey}, or unset ${set}`,
      });
    }
    const securityToken = env[names.securityToken] || env.HUAWEICLOUD_SDK_SECURITY_TOKEN || undefined;
    return { kind: 'aksk', accessKey, secretKey, ...(securityToken && { securityToken }), source: `${names.accessKey}/${names.secretKey}` };
  }
  return undefined;
}

/** The IAM endpoint a profile signs in at: its own `iamEndpoint`, else the region's. */
export function iamIdentityOf(profile: { username?: string; domain?: string; region?: string; iamEndpoint?: string }, profileName: string): IamIdentity {
  if (!profile.username || !profile.domain) {
    throw new UsageError(`profile "${profileName}" does not sign in with a user name and password`);
  }
  if (!profile.region) {
    throw new UsageError(`profile "${profileName}" has no region (IAM tokens are scoped to a region)`, {
      hint: `add it again with: regnotify profile add ${profileName} --platform codearts --region REGION --username ${profile.username} --domain ${profile.domain} --password-stdin --force`,
    });
  }
  const endpoint = (profile.iamEndpoint ?? iamEndpointForRegion(profile.region)).replace(/\/+$/, '');
  return { username: profile.username, domain: profile.domain, region: profile.region, endpoint };
}

export function selectCredentials(connection: Connection, env: Env): CodeartsCredentials {
  const envToken = env.REGNOTIFY_TOKEN || undefined;
  if (envToken) return { kind: 'token', token: envToken, source: 'REGNOTIFY_TOKEN' };
  const envKeys = keysFromEnv(env);
  if (envKeys) return envKeys;

  const { profile } = connection;
  // A profile being set up (the init wizard checks it before it has a name) counts as much as a stored one.
  const profileName = connection.profileName ?? 'new profile';
  if (profile) {
    if (profile.token) return { kind: 'token', token: profile.token, source: `profile ${profileName}` };
    if (profile.accessKey && profile.secretKey) {
      const securityToken = typeof profile.securityToken === 'string' ? profile.securityToken : undefined;
      return {
        kind: 'aksk',
        accessKey: profile.accessKey,
        secretKey: profile.secretKey,
        ...(securityToken && { securityToken }),
        source: `profile ${profileName}`,
      };
    }
    if (profile.username && profile.domain) {
      return { kind: 'iam', identity: iamIdentityOf(profile, profileName), password: profile.password, profileName };
    }
  }
  if (connection.withheld) throw withheldCredentialsError('codearts', connection.withheld);
  const where = connection.profileName ? `profile "${connection.profileName}" has none` : 'no profile, no REGNOTIFY_TOKEN and no REGNOTIFY_ACCESS_KEY/REGNOTIFY_SECRET_KEY';
  throw new AuthError(`no credentials for Huawei Cloud CodeArts Repo (${where})`, {
    hint: 'set REGNOTIFY_TOKEN or REGNOTIFY_ACCESS_KEY and REGNOTIFY_SECRET_KEY, or add a profile: regnotify profile add NAME --platform codearts --region REGION --username USER --domain DOMAIN --password-stdin',
  });
}
