import { quayPlatform } from '../../platforms/quay/index.js';
import { parseRepositoryRef, validateNotificationUuid } from '../../platforms/quay/names.js';
import { defineCommand } from '../define.js';
import { REPOSITORY, UUID } from './arguments.js';
import { notificationSpec } from './render.js';

export const getSpec = defineCommand({
  name: 'get',
  description: 'Show one notification, with its failure count',
  arguments: [REPOSITORY, UUID],
  options: {},
  examples: [
    'regnotify notification get acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    'regnotify notification get acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01 --json',
  ],
  async run(context, [repository, uuid]) {
    const ref = parseRepositoryRef(repository);
    validateNotificationUuid(uuid);
    const quay = await context.api(quayPlatform);
    await context.output.object(await quay.notifications.get(ref, uuid), notificationSpec);
  },
});
