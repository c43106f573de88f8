import { noProfileNamed } from '../../config/resolve.js';
import { PROFILE_NAMES, withCompletion } from '../../completion/values.js';
import { createArgument } from 'commander';
import { Command } from 'commander';
import { examples, handler } from '../command.js';

export function removeCommand(): Command {
  const command = new Command('remove')
    .alias('rm')
    .description('Delete a stored profile and its credentials (asks first; --yes to skip)')
    .addArgument(withCompletion(createArgument('<name>', 'profile name'), PROFILE_NAMES))
    .action(
      handler(async (context, [name]) => {
        const data = await context.store.read();
        if (!data.profiles.has(name)) throw noProfileNamed(name);
        if (!(await context.confirm(`Remove profile ${name} and its stored credentials?`, `removing profile ${name}`))) {
          context.output.notice('Nothing removed.');
          return;
        }
        await context.store.update((current) => {
          const profile = current.profiles.get(name);
          if (!profile) return;
          current.profiles.delete(name);
          if (current.defaults[profile.platform] === name) delete current.defaults[profile.platform];
        });
        context.output.success(`Removed profile ${name}`);
      }),
    );
  return examples(command, ['regnotify profile remove old-staging', 'regnotify profile remove old-staging --yes']);
}
