// Platform-specific ways to obtain credentials for `profile add` (password → token, AK/SK, IAM).
import type { Platform } from '../../config/platforms.js';
import type { Profile } from '../../config/profile.js';
import type { Context } from '../../core/context.js';
import { UsageError } from '../../core/errors.js';

/** Flags of `profile add` beyond the common ones; each platform reads those it knows. */
export interface CredentialOptions {
  tokenStdin?: boolean;
  username?: string;
  passwordStdin?: boolean;
  domain?: string;
  region?: string;
  iamEndpoint?: string;
  savePassword?: boolean;
  accessKey?: string;
  secretKeyStdin?: boolean;
  /** Given directly by the setup wizard, which asks for it hidden; flags never carry it. */
  password?: string;
  /** Given directly by the setup wizard; flags never carry it. */
  secretKey?: string;
}

/** What a platform adds to the stored profile. `server` is the resolved server, if any. */
export type CredentialAcquirer = (context: Context, options: CredentialOptions, profile: Profile) => Promise<Partial<Profile>>;

const PLATFORM_FLAGS: Record<Platform, Array<keyof CredentialOptions>> = {
  quay: [],
  alauda: ['username', 'passwordStdin'],
  codearts: ['username', 'passwordStdin', 'domain', 'iamEndpoint', 'savePassword', 'accessKey', 'secretKeyStdin'],
};

const FLAG_NAMES: Record<Exclude<keyof CredentialOptions, 'password' | 'secretKey'>, string> = {
  tokenStdin: '--token-stdin',
  username: '--username',
  passwordStdin: '--password-stdin',
  domain: '--domain',
  region: '--region',
  iamEndpoint: '--iam-endpoint',
  savePassword: '--save-password',
  accessKey: '--access-key',
  secretKeyStdin: '--secret-key-stdin',
};

/** A flag that means nothing on the platform is a usage error, not silently ignored. */
export function checkPlatformFlags(platform: Platform, options: CredentialOptions): void {
  for (const key of Object.keys(FLAG_NAMES) as Array<keyof typeof FLAG_NAMES>) {
    if (key === 'tokenStdin' || key === 'region' || options[key] === undefined) continue;
    if (!PLATFORM_FLAGS[platform].includes(key)) {
      throw new UsageError(`${FLAG_NAMES[key]} does not apply to ${platform} profiles`);
    }
  }
}

export async function loadCredentialAcquirer(platform: Platform): Promise<CredentialAcquirer | undefined> {
  switch (platform) {
    case 'alauda':
      return (await import('./alauda-credentials.js')).alaudaCredentials;
    case 'codearts':
      return (await import('./codearts-credentials.js')).codeartsCredentials;
    default:
      return undefined;
  }
}
