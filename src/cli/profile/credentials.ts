// Which credential flags a platform takes, and the platform's own sign-in (password → token, AK/SK, IAM).
import type { Profile } from '../../config/profile.js';
import { UsageError } from '../../core/errors.js';
import { descriptorOf, type Platform } from '../../platforms/index.js';
import type { CredentialFlag, CredentialOptions } from '../../platforms/descriptor.js';
import type { Context } from '../context.js';

export type { CredentialOptions };

const FLAG_NAMES: Record<CredentialFlag, string> = {
  username: '--username',
  passwordStdin: '--password-stdin',
  domain: '--domain',
  iamEndpoint: '--iam-endpoint',
  projectId: '--project-id',
  savePassword: '--save-password',
  accessKey: '--access-key',
  secretKeyStdin: '--secret-key-stdin',
};

/** A flag that means nothing on the platform is a usage error, not silently ignored. */
export function checkPlatformFlags(platform: Platform, options: CredentialOptions): void {
  const accepted = new Set(descriptorOf(platform).authKinds.flatMap((kind) => kind.flags));
  for (const key of Object.keys(FLAG_NAMES) as CredentialFlag[]) {
    if (options[key] !== undefined && !accepted.has(key)) throw new UsageError(`${FLAG_NAMES[key]} does not apply to ${platform} profiles`);
  }
}

/** The profile fields the platform's sign-in adds (none for token-only platforms). */
export async function acquireCredentials(context: Context, options: CredentialOptions, profile: Profile): Promise<Partial<Profile>> {
  const descriptor = descriptorOf(profile.platform);
  if (!descriptor.credentials) return {};
  const acquire = await descriptor.credentials();
  return acquire(context.signInSession(), options, profile);
}
