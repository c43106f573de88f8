// Profile names and the secret-free summary, kept apart from the zod schema so listing profiles starts fast.
import type { Platform } from './platforms.js';
import { withoutUserinfo } from './server-url.js';
import type { Profile, StoreData } from './profile.js';

export const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** What `profile list -o json` shows: never a secret (a server URL stored with user:password@ shows ***@). */
export interface ProfileSummary {
  name: string;
  platform: Platform;
  server: string | null;
  default: boolean;
}

export function summarize(name: string, profile: Profile, data: StoreData): ProfileSummary {
  return {
    name,
    platform: profile.platform,
    server: profile.server === undefined ? null : withoutUserinfo(profile.server),
    default: data.defaults[profile.platform] === name,
  };
}
