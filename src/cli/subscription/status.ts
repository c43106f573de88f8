import { Command } from 'commander';
import { parseRepositoryId } from '../../platforms/codearts/catalog.js';
import { examples, handler } from '../command.js';
import { codeartsPlatform } from '../../platforms/codearts/index.js';
import { REPOSITORY_ARGUMENT } from './arguments.js';
import { statusView } from './view.js';

export function statusCommand(): Command {
  const command = new Command('status')
    .description('Show every notification channel of a repository: enabled or not, and where its settings come from (-q: the enabled channels)')
    .argument('<repo>', REPOSITORY_ARGUMENT)
    .action(
      handler(async (context, [repo]) => {
        parseRepositoryId(repo);
        const client = await context.api(codeartsPlatform);
        const repositoryId = await client.repositories.resolve(repo);
        const status = await client.subscriptions.status(repositoryId);
        await context.output.sections(status, statusView());
      }),
    );
  return examples(command, ['regnotify subscription status 2111978605', 'regnotify subscription status my-group/my-repo --json']);
}
