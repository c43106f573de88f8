// A profile's credentials and TLS settings belong to the profile's own server. When a run talks to another
// server (--server, REGNOTIFY_SERVER), they stay behind: only credentials given for that run (the environment)
// go with it. Otherwise `--server http://anywhere` would hand the stored quay.io token to anywhere, over
// plain HTTP, with the profile's --insecure too.
import { AuthError } from '../core/errors.js';
import { DEFAULT_SERVERS, type Platform } from './platforms.js';
import type { Profile } from './profile.js';
import { originOf } from './server-url.js';

/**
 * The only profile settings that travel to another server: none of them is a credential or weakens TLS.
 * An allow-list, so a credential field added later stays behind without anyone remembering to add it here.
 */
const PORTABLE_SETTINGS = ['platform', 'namespace', 'region'] as const;

/** Where a run's credentials would go, when they were held back. */
export interface WithheldCredentials {
  profileName: string;
  /** Origin of the profile's own server, when it can be told. */
  profileOrigin?: string;
  server: string;
}

/**
 * The profile's own API origin: its server, else (CodeArts) its region's host, else the platform's public host.
 * Undefined when it cannot be told (a CodeArts region this version does not know and no server).
 */
export async function profileOrigin(platform: Platform, profile: Profile): Promise<string | undefined> {
  if (profile.server) return originOf(profile.server);
  if (platform === 'codearts') {
    if (!profile.region) return undefined;
    const { REGION_HOSTS } = await import('../platforms/codearts/hosts.js');
    const host = Object.hasOwn(REGION_HOSTS, profile.region.trim()) ? REGION_HOSTS[profile.region.trim() as keyof typeof REGION_HOSTS] : undefined;
    return host ? `https://${host}` : undefined;
  }
  const fallback = DEFAULT_SERVERS[platform];
  return fallback ? originOf(fallback) : undefined;
}

/** The profile without anything that must not reach another server. */
export function portableSettings(profile: Profile): Profile {
  const kept: Record<string, unknown> = {};
  for (const key of PORTABLE_SETTINGS) if (profile[key] !== undefined) kept[key] = profile[key];
  return kept as Profile;
}

/** Exit 4 before anything is sent: why the profile's credentials were not used, and what to do. */
export function withheldCredentialsError(platform: Platform, withheld: WithheldCredentials): AuthError {
  const home = withheld.profileOrigin ? ` for ${withheld.profileOrigin}` : '';
  const environment = platform === 'codearts' ? 'REGNOTIFY_TOKEN (or REGNOTIFY_ACCESS_KEY and REGNOTIFY_SECRET_KEY)' : 'REGNOTIFY_TOKEN';
  return new AuthError(
    `no credentials for ${withheld.server}: profile "${withheld.profileName}" holds credentials${home}, and they are never sent to another server`,
    { hint: `set ${environment} for ${withheld.server}, or add a profile for it: regnotify profile add NAME --platform ${platform} --server ${withheld.server} --token-stdin` },
  );
}
