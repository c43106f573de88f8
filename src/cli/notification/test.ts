import { isNotificationDisabled } from '../../platforms/quay/catalog/index.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand } from '../define.js';
import { notificationScope, SCOPE_OPTIONS, SCOPED_REPOSITORY, SCOPED_UUID, scopedNotifications, scopeFields, scopeWords } from './scope.js';

export const testSpec = defineCommand({
  name: 'test',
  description: "Ask Quay to send the event's sample payload now; it delivers in the background",
  writes: true,
  arguments: [SCOPED_REPOSITORY, SCOPED_UUID],
  options: {
    reset: { description: 're-enable it first (reset the failure count): Quay does not deliver a disabled notification' },
    ...SCOPE_OPTIONS,
  },
  examples: [
    'regnotify notification test acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    'regnotify notification test acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01 --reset',
    'regnotify notification test --org acme 5e0c9a4d-2b7f-4c1e-8d3a-6f9e0b1c2d03',
  ],
  async run(context, args, options) {
    const { scope, uuid } = notificationScope(args, options, true);
    const notifications = scopedNotifications(await context.api(quayPlatform), scope);
    // This read is also the check that the uuid belongs to the repository: Quay's repository test endpoint queues any
    // uuid without checking its repository (quay/quay endpoints/api/repositorynotification.py), so a uuid missing
    // from the repository's list stops here (exit 3) and nothing is POSTed.
    const notification = await notifications.get(uuid);
    if (options.reset) {
      await notifications.reset(uuid);
    } else if (isNotificationDisabled(notification)) {
      context.output.warn(
        `notification ${uuid} is disabled after ${notification.number_of_failures} failed deliveries: Quay accepts the test but will not deliver it; pass --reset to re-enable it first`,
      );
    }
    await notifications.test(uuid);
    await context.output.result({ action: 'test queued', ...scopeFields(scope), uuid, reset: Boolean(options.reset) });
    context.output.success(`Test of ${uuid} queued; a failed delivery raises its failure count (regnotify notification get ${scopeWords(scope)} ${uuid})`);
  },
});
