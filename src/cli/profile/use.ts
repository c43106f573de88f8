import { noProfileNamed } from '../../config/resolve.js';
import { PROFILE_NAMES, withCompletion } from '../../completion/values.js';
import { createArgument } from 'commander';
import { Command } from 'commander';
import { examples, handler } from '../command.js';

export function useCommand(): Command {
  const command = new Command('use')
    .description('Make a profile the default for its platform')
    .addArgument(withCompletion(createArgument('<name>', 'profile name'), PROFILE_NAMES))
    .action(
      handler(async (context, [name]) => {
        const platform = await context.store.update((data) => {
          const profile = data.profiles.get(name);
          if (!profile) throw noProfileNamed(name);
          data.defaults[profile.platform] = name;
          return profile.platform;
        });
        context.output.success(`${name} is now the default ${platform} profile`);
      }),
    );
  return examples(command, ['regnotify profile use staging', 'regnotify profile use prod && regnotify repo list --namespace acme']);
}
