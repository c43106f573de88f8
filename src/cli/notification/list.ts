import { quayPlatform } from '../../platforms/quay/index.js';
import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { defineCommand } from '../define.js';
import { REPOSITORY } from './arguments.js';
import { notificationListSpec } from './render.js';

export const listSpec = defineCommand({
  name: 'list',
  aliases: ['ls'],
  description: 'List the notifications of a repository ("disabled" after 3 failed deliveries in a row)',
  arguments: [REPOSITORY],
  options: {},
  examples: ['regnotify notification list acme/app', 'regnotify notification list acme/app --json'],
  async run(context, [repository]) {
    const ref = parseRepositoryRef(repository);
    const quay = await context.api(quayPlatform);
    await context.output.list(await quay.notifications.list(ref), notificationListSpec(repository));
  },
});
