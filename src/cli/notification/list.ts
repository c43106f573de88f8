import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand } from '../define.js';
import { notificationListSpec } from './render.js';
import { notificationScope, SCOPE_OPTIONS, SCOPED_REPOSITORY, scopedNotifications } from './scope.js';

export const listSpec = defineCommand({
  name: 'list',
  aliases: ['ls'],
  description: 'List the notifications of a repository, or of a namespace with --org/--user ("disabled" after 3 failed deliveries in a row)',
  arguments: [SCOPED_REPOSITORY],
  options: SCOPE_OPTIONS,
  examples: ['regnotify notification list acme/app', 'regnotify notification list acme/app --json', 'regnotify notification list --org acme', 'regnotify notification list acme/app --query "[?event==\'repo_push\'].uuid"   # one uuid a line'],
  async run(context, args, options) {
    const { scope } = notificationScope(args, options, false);
    const quay = await context.api(quayPlatform);
    await context.output.list(await scopedNotifications(quay, scope).list(), notificationListSpec(scope));
  },
});
