import { parseRepositoryId } from '../../platforms/codearts/catalog.js';
import { codeartsPlatform } from '../../platforms/codearts/index.js';
import { defineCommand } from '../define.js';
import { REPOSITORY_ARGUMENT } from './arguments.js';
import { statusView } from './view.js';

export const statusSpec = defineCommand({
  name: 'status',
  description: 'Show every notification channel of a repository: enabled or not, and where its settings come from (-q: the enabled channels)',
  arguments: [REPOSITORY_ARGUMENT],
  options: {},
  examples: ['regnotify subscription status 2111978605', 'regnotify subscription status my-group/my-repo --json'],
  async run(context, [repo]) {
    parseRepositoryId(repo);
    const client = await context.api(codeartsPlatform);
    const repositoryId = await client.repositories.resolve(repo);
    const status = await client.subscriptions.status(repositoryId);
    await context.output.sections(status, statusView());
  },
});
