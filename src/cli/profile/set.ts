import { portableSettings, profileOrigin } from '../../config/credential-binding.js';
import type { Profile } from '../../config/profile.js';
import { noProfileNamed } from '../../config/resolve.js';
import { UsageError } from '../../core/errors.js';
import { defineCommand } from '../define.js';
import { ADD_OPTIONS } from './add.js';
import { PROFILE_NAME } from './arguments.js';
import { replaceProfile } from './replace.js';
import { checkPlatformSettings, checkSettingValues, serverToStore, settingFlags } from './settings.js';

export const setSpec = defineCommand({
  name: 'set',
  description:
    "Change a stored profile's settings and keep its credentials: --server URL, --ca-file PEM, --insecure/--no-insecure, and the platform's own (Quay --namespace; CodeArts --region, --project-id)",
  arguments: [PROFILE_NAME],
  options: {
    namespace: ADD_OPTIONS.namespace,
    region: ADD_OPTIONS.region,
    projectId: { value: 'id', description: 'CodeArts: IAM project id, sent as X-Project-Id' },
    // The global --insecure is what is read; declared here too so that --no-insecure (this command's) starts unset.
    insecure: { description: 'skip TLS certificate verification for this profile (not recommended)' },
    noInsecure: { description: 'verify TLS certificates again' },
  },
  help: () => `
A --server of another origin (scheme, host and port), or a CodeArts region that picks another host, moves
the profile: its credentials and TLS settings stay behind, as they are never sent to another server. That
asks first (--yes to skip); then store credentials for the new server with profile login NAME. The same
origin, or any other setting, keeps them.
`,
  examples: [
    'regnotify profile set prod --namespace acme',
    'regnotify profile set onprem --ca-file ./corp-ca.pem --no-insecure',
    'regnotify profile set cn4 --region cn-north-1 --project-id 0b8e4c1a2f3d4e5f60718293a4b5c6d7',
  ],
  async run(context, [name], given) {
    const { flags } = context;
    // Commander's --no-insecure sets this command's `insecure` to false; the global --insecure sets flags.insecure.
    const secure = given.insecure === false;
    if (secure && flags.insecure) throw new UsageError('--insecure and --no-insecure cannot be given together');
    const profile = (await context.store.read()).profiles.get(name);
    if (!profile) throw noProfileNamed(name);
    const { platform } = profile;
    checkPlatformSettings(platform, given);
    const base = flags.server ? serverToStore(flags.server, platform) : undefined;
    const server = base?.url ?? profile.server;
    const changes: Partial<Profile> = {
      ...(base && { server: base.url }),
      ...(await checkSettingValues({ namespace: given.namespace, region: given.region, projectId: given.projectId, caFile: flags.caFile }, server)),
      ...(flags.insecure && { insecure: true }),
      ...(secure && { insecure: false }),
    };
    if (Object.keys(changes).length === 0) throw new UsageError(`nothing to change (give one or more of ${settingFlags(platform).join(', ')})`);
    if (base?.notice) context.output.notice(base.notice);

    const from = await profileOrigin(platform, profile);
    const to = await profileOrigin(platform, { ...profile, ...changes });
    // Credentials and TLS settings belong to the profile's origin (src/config/credential-binding.ts): a move leaves them.
    const portable = Object.keys(portableSettings(profile));
    const dropped = from === to ? [] : Object.keys(profile).filter((key) => key !== 'server' && !portable.includes(key) && !(key in changes));
    if (dropped.length) {
      await context.confirm(
        `Move profile ${name} to ${to}? Its ${dropped.join(', ')} (for ${from ?? 'its old server'}) will be removed from it.`,
        `moving profile ${name} to ${to} without its ${dropped.join(', ')}`,
        { nothing: 'Nothing changed.' },
      );
    }
    const updated: Profile = { ...profile, ...changes };
    for (const key of [...dropped, ...(secure ? ['insecure'] : [])]) delete updated[key];
    await replaceProfile(context.store, name, profile, updated);
    context.output.success(`Updated profile ${name} (${Object.keys(changes).join(', ')})`);
    if (dropped.length) {
      context.output.notice(`Profile ${name} no longer holds its ${dropped.join(', ')}; store credentials for ${to} with: regnotify profile login ${name} --token-stdin`);
    }
    await context.output.result({ action: 'updated', profile: name, platform, changed: changes, dropped });
  },
});
