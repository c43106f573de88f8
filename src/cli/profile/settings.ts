// A profile's settings (everything but its credentials): the server, the platform's own fields and TLS.
// `profile add` and `profile set` check them here the same way, so what is stored is what will work.
import { resolve } from 'node:path';
import type { Profile } from '../../config/profile.js';
import { API_PREFIXES } from '../../config/platforms.js';
import { serverBase, type ServerBase } from '../../config/resolve.js';
import { refuseUserinfo } from '../../config/server-url.js';
import { UsageError } from '../../core/errors.js';
import { readCaFile } from '../../http/ca-file.js';
import type { PlatformSetting } from '../../platforms/descriptor.js';
import { descriptorOf, type Platform } from '../../platforms/index.js';

/**
 * What a profile keeps when its credentials are replaced (`profile login` with new ones): an allow-list, so a
 * credential field (a security token, a password) added later is replaced too without anyone listing it.
 */
const SETTING_FIELDS = ['platform', 'server', 'namespace', 'region', 'projectId', 'caFile', 'insecure'] as const;

/** The profile without its credentials. */
export function settingsOf(profile: Profile): Profile {
  const kept: Record<string, unknown> = {};
  for (const key of SETTING_FIELDS) if (profile[key] !== undefined) kept[key] = profile[key];
  return kept as Profile;
}

const SETTING_FLAGS: Record<PlatformSetting, string> = { namespace: '--namespace', region: '--region', projectId: '--project-id' };

/** The flags of the settings a profile of the platform takes, in the order `--help` lists them. */
export function settingFlags(platform: Platform): string[] {
  const own = descriptorOf(platform).profileSettings.map((setting) => SETTING_FLAGS[setting]);
  return ['--server', ...own, '--ca-file', '--insecure', '--no-insecure'];
}

/** Another platform's field is a usage error, not silently stored. */
export function checkPlatformSettings(platform: Platform, given: Partial<Record<PlatformSetting, string>>): void {
  const accepted = descriptorOf(platform).profileSettings;
  for (const setting of Object.keys(SETTING_FLAGS) as PlatformSetting[]) {
    if (given[setting] !== undefined && !accepted.includes(setting)) throw new UsageError(`${SETTING_FLAGS[setting]} does not apply to ${platform} profiles`);
  }
}

/** --server as it is stored: no user:password in it, no API path at its end (taken off with a notice). */
export function serverToStore(text: string, platform: Platform): ServerBase {
  refuseUserinfo(text, '--server');
  return serverBase(text, '--server', API_PREFIXES[platform]);
}

export interface SettingValues {
  namespace?: string;
  region?: string;
  projectId?: string;
  caFile?: string;
}

/**
 * The values as they are stored, each checked as the platform will use it: a Quay namespace by Quay's rule, a
 * region the CodeArts host table knows (when no server names the host), a project id fit for a header, a CA file
 * that holds a certificate (stored as an absolute path: the next run may start in another directory).
 * `server` is the server the profile will have.
 */
export async function checkSettingValues(given: SettingValues, server: string | undefined): Promise<Partial<Profile>> {
  const values: Partial<Profile> = {};
  if (given.namespace !== undefined) {
    const { validateNamespace } = await import('../../platforms/quay/names.js');
    values.namespace = validateNamespace(given.namespace);
  }
  if (given.region !== undefined) {
    if (!server) (await import('../../platforms/codearts/hosts.js')).apiBaseForRegion(given.region);
    values.region = given.region;
  }
  if (given.projectId !== undefined) {
    const { validateProjectId } = await import('../../platforms/codearts/project-id.js');
    values.projectId = validateProjectId(given.projectId, '--project-id');
  }
  if (given.caFile !== undefined) {
    readCaFile(given.caFile);
    values.caFile = resolve(given.caFile);
  }
  return values;
}
