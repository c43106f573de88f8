import { platformValues } from '../completion-values.js';
import { PLATFORMS } from '../../config/platforms.js';
import type { Profile } from '../../config/profile.js';
import { UsageError } from '../../core/errors.js';
import { readSecretFromStdin } from '../../core/stdin.js';
import { defineCommand, type OptionsOf, type OptionSpecs } from '../define.js';
import { acquireCredentials, checkPlatformFlags } from './credentials.js';
import { checkPlatformSettings, checkSettingValues, serverToStore } from './settings.js';

export const ADD_OPTIONS = {
  platform: { value: 'platform', description: 'platform the profile talks to', choices: PLATFORMS, strict: true, mandatory: true, complete: platformValues },
  tokenStdin: { description: 'read the API token from standard input' },
  default: { description: 'make it the default profile of its platform' },
  force: { description: 'replace a profile of the same name' },
  namespace: { value: 'namespace', description: 'Quay: namespace used when a command names none' },
  region: { value: 'region', description: 'CodeArts: region, e.g. cn-north-4 (picks the API and IAM hosts)' },
  username: { value: 'name', description: 'Alauda, CodeArts: user name to sign in with (the password is read with --password-stdin)' },
  passwordStdin: { description: 'Alauda, CodeArts: read the password from standard input and exchange it for a token' },
  domain: { value: 'name', description: 'CodeArts: IAM domain (account) name' },
  iamEndpoint: { value: 'url', description: 'CodeArts: IAM endpoint (default: https://iam.<region>.myhuaweicloud.com)' },
  projectId: { value: 'id', description: 'CodeArts: IAM project id, sent as X-Project-Id (AK/SK: looked up through IAM by region when not given)' },
  savePassword: { description: 'CodeArts: keep the password (0600) so expired tokens renew without asking' },
  accessKey: { value: 'ak', description: 'CodeArts: access key id for AK/SK signing (the secret key is read with --secret-key-stdin)' },
  secretKeyStdin: { description: 'CodeArts: read the secret access key from standard input' },
} as const satisfies OptionSpecs;

type AddOptions = OptionsOf<typeof ADD_OPTIONS> & { platform: (typeof PLATFORMS)[number] };

/** A CodeArts host depends on the region: without either, the first command would fail, so nothing is stored. */
function checkCodeartsHost(options: AddOptions, server: string | undefined): void {
  if (options.platform === 'codearts' && !server && !options.region) {
    throw new UsageError('a codearts profile needs --region or --server (the API host depends on the region)', {
      hint: 'e.g. --region cn-north-4, or --server https://codehub-ext.cn-north-4.myhuaweicloud.com',
    });
  }
}

export const addSpec = defineCommand({
  name: 'add',
  description:
    'Store a profile: a platform, a server (--server; default: https://quay.io for quay, https://api.alauda.cn for alauda) and credentials read from stdin, never from a flag',
  arguments: [{ name: 'name', description: 'profile name (letters, digits, . _ -)' }],
  options: ADD_OPTIONS,
  examples: [
    'regnotify profile add prod --platform quay --server https://quay.example.com --token-stdin < quay-token.txt',
    'printenv ALAUDA_TOKEN | regnotify profile add alauda --platform alauda --token-stdin --default',
    'regnotify profile add cn4 --platform codearts --region cn-north-4 --token-stdin < iam-token.txt',
  ],
  async run(context, [name], given) {
    const options = given as AddOptions;
    const { PROFILE_NAME } = await import('../../config/summary.js');
    if (!PROFILE_NAME.test(name)) {
      throw new UsageError(`invalid profile name "${name}" (allowed: letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64)`);
    }
    const { flags } = context;
    // --server, --ca-file and --insecure are the global options: for `profile add` they are what is stored.
    const base = flags.server ? serverToStore(flags.server, options.platform) : undefined;
    checkPlatformFlags(options.platform, options);
    checkPlatformSettings(options.platform, options);
    const server = base?.url;
    checkCodeartsHost(options, server);
    const settings = await checkSettingValues({ namespace: options.namespace, region: options.region, caFile: flags.caFile }, server);
    if (base?.notice) context.output.notice(base.notice);
    const token = options.tokenStdin ? await readSecretFromStdin(context.io.in, '--token-stdin') : undefined;
    context.addSecret(token);
    const fields: Profile = {
      platform: options.platform,
      ...(server && { server }),
      ...(token && { token }),
      ...settings,
      ...(flags.insecure && { insecure: true }),
    };
    const profile: Profile = { ...fields, ...(await acquireCredentials(context, options, fields)) };
    const madeDefault = await context.store.update((data) => {
      if (data.profiles.has(name) && !options.force) {
        throw new UsageError(`a profile named "${name}" already exists`, { hint: 'pass --force to replace it, or pick another name' });
      }
      data.profiles.set(name, profile);
      const current = data.defaults[options.platform];
      const makeDefault = options.default || !current || !data.profiles.has(current);
      if (makeDefault) data.defaults[options.platform] = name;
      return makeDefault;
    });
    context.output.success(`Saved profile ${name} (${options.platform}${madeDefault ? ', default' : ''})`);
    await context.output.result({ action: 'saved', profile: name, platform: options.platform, default: madeDefault });
  },
});
