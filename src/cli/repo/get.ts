import { Command } from 'commander';
import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { examples, handler } from '../command.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { repositoryDetailSpec } from './render.js';

export function getCommand(): Command {
  const command = new Command('get')
    .description('Show a repository (without its tags unless --tags: Quay would send up to 500)')
    .argument('<repository>', 'namespace/name')
    .option('--tags', 'include the active tags')
    .action(
      handler<{ tags?: boolean }>(async (context, [repository], options) => {
        const ref = parseRepositoryRef(repository);
        const quay = await context.api(quayPlatform);
        await context.output.object(await quay.repositories.get(ref, { includeTags: Boolean(options.tags) }), repositoryDetailSpec);
      }),
    );
  return examples(command, ['regnotify repo get acme/app', 'regnotify repo get acme/app --tags --json']);
}
