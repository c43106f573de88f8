import { Command, Option } from 'commander';
import { codeartsChannels } from '../completion-values.js';
import { withCompletion } from '../../completion/values.js';
import { CHANNEL_NAMES, parseRepositoryId, type Channel } from '../../platforms/codearts/catalog.js';
import { examples, handler } from '../command.js';
import { codeartsPlatform } from '../../platforms/codearts/index.js';
import { REPOSITORY_ARGUMENT } from './arguments.js';
import { settingsView } from './view.js';

interface GetOptions {
  type: Channel;
}

export function getCommand(): Command {
  const command = new Command('get')
    .description("Show one channel's settings: switch, config source, webhook, usage warning and events")
    .argument('<repo>', REPOSITORY_ARGUMENT)
    .addOption(withCompletion(new Option('--type <channel>', 'notification channel').choices(CHANNEL_NAMES).makeOptionMandatory(), codeartsChannels))
    .action(
      handler<GetOptions>(async (context, [repo], options) => {
        parseRepositoryId(repo);
        const client = await context.api(codeartsPlatform);
        const repositoryId = await client.repositories.resolve(repo);
        const settings = await client.subscriptions.get(repositoryId, options.type);
        await context.output.sections(settings, settingsView(settings, repositoryId, options.type));
      }),
    );
  return examples(command, [
    'regnotify subscription get 2111978605 --type qyweixin',
    'regnotify subscription get my-group/my-repo --type email --json',
  ]);
}
