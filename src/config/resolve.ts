// Precedence for every setting: flag > environment > named profile > the platform's default profile.
import { UsageError } from '../core/errors.js';
import type { Env } from '../core/io.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../core/output.js';
import { describeChoice } from '../core/suggest.js';
import { DEFAULT_SERVERS, PLATFORM_LABELS, type Platform } from './platforms.js';
import type { Profile, StoreData } from './profile.js';

/** Global flags as commander parses them (strings until checked here). */
export interface GlobalFlags {
  profile?: string;
  server?: string;
  output?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
  input?: boolean;
  yes?: boolean;
  verbose?: boolean;
  timeout?: string;
  retries?: string;
  caFile?: string;
  insecure?: boolean;
  showSecrets?: boolean;
}

export interface Settings {
  format: OutputFormat;
  quiet: boolean;
  color: boolean;
  noInput: boolean;
  yes: boolean;
  verbose: boolean;
  timeoutMs: number;
  retries: number;
  showSecrets: boolean;
}

export function resolveSettings(flags: GlobalFlags, env: Env): Settings {
  const format = flags.json ? 'json' : (flags.output ?? (env.REGNOTIFY_OUTPUT || 'table'));
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    const source = flags.output ? '--output' : 'REGNOTIFY_OUTPUT';
    throw new UsageError(`${source}: ${describeChoice('output format', format, OUTPUT_FORMATS)}`);
  }
  return {
    format: format as OutputFormat,
    quiet: Boolean(flags.quiet),
    color: flags.color !== false,
    noInput: flags.input === false,
    yes: Boolean(flags.yes),
    verbose: Boolean(flags.verbose) || ['1', 'true', 'api'].includes(env.REGNOTIFY_DEBUG ?? ''),
    timeoutMs: parseTimeout(flags.timeout),
    retries: parseRetries(flags.retries),
    showSecrets: Boolean(flags.showSecrets),
  };
}

function parseTimeout(text: string | undefined): number {
  if (text === undefined) return 30_000;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new UsageError(`--timeout: invalid value "${text}" (allowed: seconds, a number greater than 0 and at most 3600)`);
  }
  return Math.round(seconds * 1000);
}

function parseRetries(text: string | undefined): number {
  if (text === undefined) return 3;
  if (!/^\d+$/.test(text) || Number(text) > 10) {
    throw new UsageError(`--retries: invalid value "${text}" (allowed: a whole number from 0 to 10)`);
  }
  return Number(text);
}

export interface Connection {
  platform: Platform;
  /** The profile in use, if any. */
  profileName?: string;
  profile?: Profile;
  server: string;
  token?: string;
  /** Where the token came from, for messages ("REGNOTIFY_TOKEN" or "profile prod"). */
  tokenSource?: string;
  caFile?: string;
  insecure: boolean;
}

/** Picks the profile: --profile, then REGNOTIFY_PROFILE, then the platform's default. */
export function selectProfile(platform: Platform, flags: GlobalFlags, env: Env, data: StoreData) {
  const explicit = flags.profile ?? (env.REGNOTIFY_PROFILE || undefined);
  const name = explicit ?? data.defaults[platform];
  if (!name) return undefined;
  const profile = data.profiles[name];
  if (!profile) {
    if (!explicit) return undefined;
    const source = flags.profile ? '--profile' : 'REGNOTIFY_PROFILE';
    throw new UsageError(`${source}: no profile named "${name}"`, { hint: 'list profiles with: regnotify profile list' });
  }
  if (profile.platform !== platform) {
    throw new UsageError(`profile "${name}" is for ${PLATFORM_LABELS[profile.platform]}, but this command talks to ${PLATFORM_LABELS[platform]}`, {
      hint: `pick a ${platform} profile with --profile, or add one with: regnotify profile add NAME --platform ${platform}`,
    });
  }
  return { name, profile };
}

export function resolveConnection(platform: Platform, flags: GlobalFlags, env: Env, data: StoreData): Connection {
  const selected = selectProfile(platform, flags, env, data);
  const profile = selected?.profile;
  const server = flags.server ?? (env.REGNOTIFY_SERVER || undefined) ?? profile?.server ?? DEFAULT_SERVERS[platform];
  const envToken = env.REGNOTIFY_TOKEN || undefined;
  return {
    platform,
    profileName: selected?.name,
    profile,
    server: server ? normalizeServer(server, flags.server ? '--server' : 'server') : '',
    token: envToken ?? profile?.token,
    tokenSource: envToken ? 'REGNOTIFY_TOKEN' : profile?.token ? `profile ${selected?.name}` : undefined,
    caFile: flags.caFile ?? (env.REGNOTIFY_CA_FILE || undefined) ?? profile?.caFile,
    insecure: Boolean(flags.insecure) || Boolean(profile?.insecure),
  };
}

/** An absolute http(s) URL without a trailing slash; the clients add /api/v1, /v1 or /v4. */
export function normalizeServer(text: string, source = '--server'): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${source}: invalid URL "${text}" (expected an absolute http:// or https:// URL, e.g. https://quay.io)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${source}: unsupported scheme "${url.protocol.replace(':', '')}" in "${text}" (allowed: http, https)`);
  }
  return url.href.replace(/\/+$/, '');
}
