import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand } from '../define.js';
import { notificationSpec } from './render.js';
import { notificationScope, SCOPE_OPTIONS, SCOPED_REPOSITORY, SCOPED_UUID, scopedNotifications } from './scope.js';

export const getSpec = defineCommand({
  name: 'get',
  description: 'Show one notification, with its failure count',
  arguments: [SCOPED_REPOSITORY, SCOPED_UUID],
  options: SCOPE_OPTIONS,
  examples: [
    'regnotify notification get acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    'regnotify notification get acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01 --json',
    'regnotify notification get --org acme 5e0c9a4d-2b7f-4c1e-8d3a-6f9e0b1c2d03',
  ],
  async run(context, args, options) {
    const { scope, uuid } = notificationScope(args, options, true);
    const quay = await context.api(quayPlatform);
    await context.output.object(await scopedNotifications(quay, scope).get(uuid), notificationSpec);
  },
});
