import { quayPlatform } from '../../platforms/quay/index.js';
import { parseRepositoryRef, validateNotificationUuid } from '../../platforms/quay/names.js';
import { defineCommand } from '../define.js';
import { REPOSITORY, UUID } from './arguments.js';

export const resetSpec = defineCommand({
  name: 'reset',
  description: 'Reset the failure count of a notification, which re-enables one disabled after 3 failed deliveries',
  arguments: [REPOSITORY, UUID],
  options: {},
  examples: [
    'regnotify notification reset acme/app 7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02',
    'regnotify notification list acme/app -q | xargs -n1 regnotify notification reset acme/app',
  ],
  async run(context, [repository, uuid]) {
    const ref = parseRepositoryRef(repository);
    validateNotificationUuid(uuid);
    const quay = await context.api(quayPlatform);
    await quay.notifications.reset(ref, uuid);
    context.output.success(`Reset the failure count of ${uuid}; Quay delivers it again`);
  },
});
