import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand } from '../define.js';
import { notificationScope, SCOPE_OPTIONS, SCOPED_REPOSITORY, SCOPED_UUID, scopedNotifications } from './scope.js';
import { notificationSpec } from './render.js';

export const resetSpec = defineCommand({
  name: 'reset',
  description: 'Reset the failure count of a notification, which re-enables one disabled after 3 failed deliveries',
  writes: true,
  arguments: [SCOPED_REPOSITORY, SCOPED_UUID],
  options: SCOPE_OPTIONS,
  examples: [
    'regnotify notification reset acme/app 7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02',
    'regnotify notification list acme/app -q | xargs -n1 regnotify notification reset acme/app',
    'regnotify notification reset --org acme 5e0c9a4d-2b7f-4c1e-8d3a-6f9e0b1c2d03',
  ],
  async run(context, args, options) {
    const { scope, uuid } = notificationScope(args, options, true);
    const quay = await context.api(quayPlatform);
    await scopedNotifications(quay, scope).reset(uuid);
    context.output.success(`Reset the failure count of ${uuid}; Quay delivers it again`);
    // Quay answers 204: the notification as it is now is read back when the data is printed.
    if (context.output.printsData) await context.output.object(await scopedNotifications(quay, scope).get(uuid), notificationSpec);
  },
});
