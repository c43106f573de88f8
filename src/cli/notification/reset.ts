import { Command } from 'commander';
import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { examples, handler } from '../command.js';
import { quayPlatform } from '../../platforms/quay/index.js';

export function resetCommand(): Command {
  const command = new Command('reset')
    .description('Reset the failure count of a notification, which re-enables one disabled after 3 failed deliveries')
    .argument('<repository>', 'namespace/name')
    .argument('<uuid>', 'notification uuid')
    .action(
      handler(async (context, [repository, uuid]) => {
        const ref = parseRepositoryRef(repository);
        const quay = await context.api(quayPlatform);
        await quay.notifications.reset(ref, uuid);
        context.output.success(`Reset the failure count of ${uuid}; Quay delivers it again`);
      }),
    );
  return examples(command, [
    'regnotify notification reset acme/app 7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02',
    'regnotify notification list acme/app -q | xargs -n1 regnotify notification reset acme/app',
  ]);
}
