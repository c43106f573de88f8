import { Command } from 'commander';
import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { examples, handler } from '../command.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { notificationSpec } from './render.js';

export function getCommand(): Command {
  const command = new Command('get')
    .description('Show one notification, with its failure count')
    .argument('<repository>', 'namespace/name')
    .argument('<uuid>', 'notification uuid (see notification list)')
    .action(
      handler(async (context, [repository, uuid]) => {
        const ref = parseRepositoryRef(repository);
        const quay = await context.api(quayPlatform);
        await context.output.object(await quay.notifications.get(ref, uuid), notificationSpec);
      }),
    );
  return examples(command, [
    'regnotify notification get acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    'regnotify notification get acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01 --json',
  ]);
}
