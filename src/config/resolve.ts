// Precedence for every setting: flag > environment > named profile > the platform's default profile.
import { AuthError, UsageError } from '../core/errors.js';
import type { Env } from '../core/io.js';
import { API_PREFIXES, DEFAULT_SERVERS, PLATFORM_LABELS, type Platform } from './platforms.js';
import { DESCRIPTORS } from '../platforms/index.js';
import { portableSettings, profileOrigin, type WithheldCredentials } from './credential-binding.js';
import type { Profile, StoreData } from './profile.js';
import { originOf, withoutUserinfo } from './server-url.js';
import { parseUrl } from '../core/parse-url.js';

/** The global flags that pick a connection (the rest of the global flags are settings of the run). */
export interface ConnectionFlags {
  profile?: string;
  /** Where `profile` came from, for an error about it (default `--profile`); a declarative file names it itself. */
  profileSource?: string;
  server?: string;
  caFile?: string;
  insecure?: boolean;
}

export interface Connection {
  platform: Platform;
  /** The profile in use, if any. */
  profileName?: string;
  profile?: Profile;
  server: string;
  /** Set when the server URL given ended in the API prefix, which was taken off: say so once. */
  serverNotice?: string;
  token?: string;
  /** Where the token came from, for messages ("REGNOTIFY_TOKEN" or "profile prod"). */
  tokenSource?: string;
  caFile?: string;
  insecure: boolean;
  /**
   * Set when the run talks to another server than the selected profile's: the profile's credentials and TLS
   * settings were left out of `profile`, `token`, `caFile` and `insecure` (src/config/credential-binding.ts).
   */
  withheld?: WithheldCredentials;
}

/** "an Alauda profile", "a Red Hat Quay profile": the platform's label with its article. */
export function profileOf(platform: Platform): string {
  const label = PLATFORM_LABELS[platform];
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label} profile`;
}

/** Picks the profile: --profile, then REGNOTIFY_PROFILE, then the platform's default. */
export function selectProfile(platform: Platform, flags: ConnectionFlags, env: Env, data: StoreData) {
  const explicit = flags.profile ?? (env.REGNOTIFY_PROFILE || undefined);
  const name = explicit ?? data.defaults[platform];
  if (!name) return undefined;
  const profile = data.profiles.get(name);
  if (!profile) {
    if (!explicit) return undefined;
    const source = flags.profile ? (flags.profileSource ?? '--profile') : 'REGNOTIFY_PROFILE';
    throw noProfileNamed(name, source);
  }
  if (profile.platform !== platform) {
    throw new UsageError(`profile "${name}" is for ${PLATFORM_LABELS[profile.platform]}, but this command talks to ${PLATFORM_LABELS[platform]}`, {
      hint: `pick ${profileOf(platform)} with --profile, or add one with: regnotify profile add NAME --platform ${platform}`,
    });
  }
  return { name, profile };
}

/** The environment holds credentials of the platform: REGNOTIFY_TOKEN, or a secret variable its descriptor names. */
function credentialsInEnvironment(platform: Platform, env: Env): boolean {
  return Boolean(env.REGNOTIFY_TOKEN) || DESCRIPTORS[platform].environment.some((variable) => variable.secret && env[variable.name]);
}

/**
 * A platform with profiles but no default (it was removed) would otherwise fail with "no profile": name them,
 * and how to pick one.
 */
function noDefaultProfile(platform: Platform, names: string[]): AuthError {
  return new AuthError(`no default ${PLATFORM_LABELS[platform]} profile (stored: ${names.join(', ')})`, {
    hint: 'make one the default with: regnotify profile use NAME, or pass --profile NAME',
  });
}

export async function resolveConnection(platform: Platform, flags: ConnectionFlags, env: Env, data: StoreData): Promise<Connection> {
  const selected = selectProfile(platform, flags, env, data);
  let profile = selected?.profile;
  const requested = flags.server ?? (env.REGNOTIFY_SERVER || undefined);
  if (!selected && !requested && !credentialsInEnvironment(platform, env)) {
    const names = [...data.profiles].filter(([, stored]) => stored.platform === platform).map(([name]) => name);
    if (names.length) throw noDefaultProfile(platform, names.sort());
  }
  const server = requested ?? profile?.server ?? DEFAULT_SERVERS[platform];
  const source = flags.server ? '--server' : env.REGNOTIFY_SERVER ? 'REGNOTIFY_SERVER' : selected ? `profile ${selected.name}` : 'server';
  const base = server ? serverBase(server, source, API_PREFIXES[platform]) : { url: '' };
  let withheld: WithheldCredentials | undefined;
  if (selected && requested) {
    const home = await profileOrigin(platform, selected.profile);
    if (home !== originOf(base.url)) {
      withheld = { profileName: selected.name, ...(home && { profileOrigin: home }), server: withoutUserinfo(base.url) };
      profile = portableSettings(selected.profile);
    }
  }
  const envToken = env.REGNOTIFY_TOKEN || undefined;
  return {
    platform,
    profileName: selected?.name,
    profile,
    server: base.url,
    ...(base.notice && { serverNotice: base.notice }),
    token: envToken ?? profile?.token,
    tokenSource: envToken ? 'REGNOTIFY_TOKEN' : profile?.token ? `profile ${selected?.name}` : undefined,
    caFile: flags.caFile ?? (env.REGNOTIFY_CA_FILE || undefined) ?? profile?.caFile,
    insecure: Boolean(flags.insecure) || Boolean(profile?.insecure),
    ...(withheld && { withheld }),
  };
}

/** The one error for a profile name that is not stored; `source` says where the name came from. */
export function noProfileNamed(name: string, source?: string): UsageError {
  return new UsageError(`${source ? `${source}: ` : ''}no profile named "${name}"`, { hint: 'list profiles with: regnotify profile list' });
}

/**
 * The connection of a profile that is not stored yet (the setup wizard checks it before it has a name):
 * its own server, and the CA settings of the run as for any command.
 */
export function connectionForProfile(profile: Profile, flags: ConnectionFlags, env: Env): Connection {
  return {
    platform: profile.platform,
    profile,
    server: profile.server ?? DEFAULT_SERVERS[profile.platform] ?? '',
    token: profile.token,
    caFile: flags.caFile ?? (env.REGNOTIFY_CA_FILE || undefined) ?? profile.caFile,
    insecure: Boolean(flags.insecure) || Boolean(profile.insecure),
  };
}

/** The URL as it may be shown: without user name and password. */
function shown(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

export interface ServerBase {
  /** Absolute http(s) URL, no trailing slash, no API prefix. */
  url: string;
  /** What to tell the person when the API prefix was taken off. */
  notice?: string;
}

/**
 * An absolute http(s) URL that the client can append its API prefix to. People often paste the API URL
 * itself (`https://quay.example.com/api/v1`, `https://api.alauda.cn/v1`, `…/v4`): the prefix would then be
 * doubled and every call answered 404, so it is taken off with a notice. A query or a fragment cannot be
 * part of a base URL (the client appends paths), so they are refused.
 */
export function serverBase(text: string, source = '--server', apiPrefix?: string): ServerBase {
  const url = parseUrl(text);
  if (!url) throw new UsageError(`${source}: invalid URL "${text}" (expected an absolute http:// or https:// URL, e.g. https://quay.io)`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${source}: unsupported scheme "${url.protocol.replace(':', '')}" in "${text}" (allowed: http, https)`);
  }
  if (url.search || url.hash || /[?#]/.test(text)) {
    const part = url.hash || /#/.test(text) ? 'a fragment (#...)' : 'a query (?...)';
    throw new UsageError(`${source}: "${shown(url)}" is not a base URL (it has ${part}; expected the server's address, e.g. ${url.origin})`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (apiPrefix && path.toLowerCase().endsWith(apiPrefix.toLowerCase())) {
    url.pathname = path.slice(0, path.length - apiPrefix.length) || '/';
    const stripped = url.href.replace(/\/+$/, '');
    return {
      url: stripped,
      notice: `${source}: ${shown(new URL(text))} ends in the API path ${apiPrefix}, which regnotify adds itself; using ${shown(new URL(stripped)).replace(/\/+$/, '')}`,
    };
  }
  return { url: url.href.replace(/\/+$/, '') };
}

/** An absolute http(s) URL without a trailing slash; the clients add /api/v1, /v1 or /v4. */
export function normalizeServer(text: string, source = '--server', apiPrefix?: string): string {
  return serverBase(text, source, apiPrefix).url;
}
