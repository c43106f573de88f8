import { Argument, Command } from 'commander';
import { parseRepositoryRef, REPOSITORY_VISIBILITIES, type RepositoryVisibility } from '../../platforms/quay/names.js';
import { examples, handler } from '../command.js';
import { quayPlatform } from '../../platforms/quay/index.js';

export function visibilityCommand(): Command {
  const command = new Command('visibility')
    .description('Make a repository public or private')
    .argument('<repository>', 'namespace/name')
    .addArgument(new Argument('<visibility>', 'new visibility').choices(REPOSITORY_VISIBILITIES))
    .action(
      handler(async (context, [repository, visibility]) => {
        const ref = parseRepositoryRef(repository);
        const quay = await context.api(quayPlatform);
        await quay.repositories.changeVisibility(ref, visibility as RepositoryVisibility);
        context.output.success(`${repository} is now ${visibility}`);
      }),
    );
  return examples(command, ['regnotify repo visibility acme/website public', 'regnotify repo visibility acme/app private']);
}
