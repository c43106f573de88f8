import { Command, Option } from 'commander';
import { PLATFORMS, type Platform } from '../../config/platforms.js';
import { normalizeServer } from '../../config/resolve.js';
import { UsageError } from '../../core/errors.js';
import { readSecretFromStdin } from '../../core/stdin.js';
import { examples, handler } from '../command.js';

interface AddOptions {
  platform: Platform;
  tokenStdin?: boolean;
  default?: boolean;
  force?: boolean;
  namespace?: string;
  region?: string;
}

export function addCommand(): Command {
  const command = new Command('add')
    .description('Store a profile: a platform, a server (--server; default: https://quay.io for quay, https://api.alauda.cn for alauda) and credentials read from stdin, never from a flag')
    .argument('<name>', 'profile name (letters, digits, . _ -)')
    .addOption(new Option('--platform <platform>', 'platform the profile talks to').choices(PLATFORMS).makeOptionMandatory())
    .option('--token-stdin', 'read the API token from standard input')
    .option('--default', 'make it the default profile of its platform')
    .option('--force', 'replace a profile of the same name')
    .option('--namespace <namespace>', 'Quay: namespace used when a command names none')
    .option('--region <region>', 'CodeArts: region, e.g. cn-north-4 (picks the API host)')
    .action(
      handler<AddOptions>(async (context, [name], options) => {
        const { PROFILE_NAME } = await import('../../config/profile.js');
        if (!PROFILE_NAME.test(name)) {
          throw new UsageError(`invalid profile name "${name}" (allowed: letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64)`);
        }
        // --server is the global option: for `profile add` it is the server to store.
        const server = context.flags.server ? normalizeServer(context.flags.server) : undefined;
        const token = options.tokenStdin ? await readSecretFromStdin(context.io.in, '--token-stdin') : undefined;
        context.addSecret(token);
        const { flags } = context;
        const madeDefault = await context.store.update((data) => {
          if (data.profiles[name] && !options.force) {
            throw new UsageError(`a profile named "${name}" already exists`, { hint: 'pass --force to replace it, or pick another name' });
          }
          data.profiles[name] = {
            platform: options.platform,
            ...(server && { server }),
            ...(token && { token }),
            ...(options.namespace && { namespace: options.namespace }),
            ...(options.region && { region: options.region }),
            ...(flags.caFile && { caFile: flags.caFile }),
            ...(flags.insecure && { insecure: true }),
          };
          const current = data.defaults[options.platform];
          const makeDefault = options.default || !current || !data.profiles[current];
          if (makeDefault) data.defaults[options.platform] = name;
          return makeDefault;
        });
        context.output.success(`Saved profile ${name} (${options.platform}${madeDefault ? ', default' : ''})`);
      }),
    );
  return examples(command, [
    'regnotify profile add prod --platform quay --server https://quay.example.com --token-stdin < quay-token.txt',
    'printenv ALAUDA_TOKEN | regnotify profile add alauda --platform alauda --token-stdin --default',
    'regnotify profile add cn4 --platform codearts --region cn-north-4 --token-stdin < iam-token.txt',
  ]);
}
