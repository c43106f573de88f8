import { codeartsChannels } from '../completion-values.js';
import { CHANNEL_NAMES, parseRepositoryId } from '../../platforms/codearts/catalog.js';
import { codeartsPlatform } from '../../platforms/codearts/index.js';
import { defineCommand } from '../define.js';
import { REPOSITORY_ARGUMENT } from './arguments.js';
import { settingsView } from './view.js';

export const getSpec = defineCommand({
  name: 'get',
  description: "Show one channel's settings: switch, config source, webhook, usage warning and events",
  arguments: [REPOSITORY_ARGUMENT],
  options: {
    type: { value: 'channel', description: 'notification channel', choices: CHANNEL_NAMES, strict: true, mandatory: true, complete: codeartsChannels },
  },
  examples: ['regnotify subscription get 2111978605 --type qyweixin', 'regnotify subscription get my-group/my-repo --type email --json'],
  async run(context, [repo], options) {
    parseRepositoryId(repo);
    const type = options.type!;
    const client = await context.api(codeartsPlatform);
    const repositoryId = await client.repositories.resolve(repo);
    const settings = await client.subscriptions.get(repositoryId, type);
    await context.output.sections(settings, settingsView(settings, repositoryId, type));
  },
});
