import { Command } from 'commander';
import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { examples, handler } from '../command.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { notificationListSpec } from './render.js';

export function listCommand(): Command {
  const command = new Command('list')
    .alias('ls')
    .description('List the notifications of a repository ("disabled" after 3 failed deliveries in a row)')
    .argument('<repository>', 'namespace/name')
    .action(
      handler(async (context, [repository]) => {
        const ref = parseRepositoryRef(repository);
        const quay = await context.api(quayPlatform);
        await context.output.list(await quay.notifications.list(ref), notificationListSpec(repository));
      }),
    );
  return examples(command, ['regnotify notification list acme/app', 'regnotify notification list acme/app --json']);
}
