import { Command } from 'commander';
import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { examples, handler } from '../command.js';
import { quayPlatform } from '../../platforms/quay/index.js';

export function updateCommand(): Command {
  const command = new Command('update')
    .description("Change a repository's description")
    .argument('<repository>', 'namespace/name')
    .requiredOption('--description <text>', 'new Markdown description ("" clears it)')
    .action(
      handler<{ description: string }>(async (context, [repository], options) => {
        const ref = parseRepositoryRef(repository);
        const quay = await context.api(quayPlatform);
        await quay.repositories.update(ref, options.description);
        context.output.success(`Updated the description of ${repository}`);
      }),
    );
  return examples(command, ['regnotify repo update acme/app --description "Payments service"', 'regnotify repo update acme/app --description ""']);
}
