import { isNotificationDisabled } from '../../platforms/quay/catalog/index.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { parseRepositoryRef, validateNotificationUuid } from '../../platforms/quay/names.js';
import { defineCommand } from '../define.js';
import { REPOSITORY, UUID } from './arguments.js';

export const testSpec = defineCommand({
  name: 'test',
  description: "Ask Quay to send the event's sample payload now; it delivers in the background",
  arguments: [REPOSITORY, UUID],
  options: {
    reset: { description: 're-enable it first (reset the failure count): Quay does not deliver a disabled notification' },
  },
  examples: [
    'regnotify notification test acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    'regnotify notification test acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01 --reset',
  ],
  async run(context, [repository, uuid], options) {
    const ref = parseRepositoryRef(repository);
    validateNotificationUuid(uuid);
    const quay = await context.api(quayPlatform);
    const notification = await quay.notifications.get(ref, uuid);
    if (options.reset) {
      await quay.notifications.reset(ref, uuid);
    } else if (isNotificationDisabled(notification)) {
      context.output.warn(
        `notification ${uuid} is disabled after ${notification.number_of_failures} failed deliveries: Quay accepts the test but will not deliver it; pass --reset to re-enable it first`,
      );
    }
    await quay.notifications.test(ref, uuid);
    context.output.success(`Test of ${uuid} queued; a failed delivery raises its failure count (regnotify notification get ${repository} ${uuid})`);
  },
});
