import { quayPlatform } from '../../platforms/quay/index.js';
import { parseRepositoryRef, validateNotificationUuid } from '../../platforms/quay/names.js';
import { defineCommand } from '../define.js';
import { REPOSITORY, UUID } from './arguments.js';

export const deleteSpec = defineCommand({
  name: 'delete',
  aliases: ['rm'],
  description: 'Delete a notification (asks first; --yes to skip)',
  arguments: [REPOSITORY, UUID],
  options: {},
  examples: [
    'regnotify notification delete acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    'regnotify notification delete acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01 --yes',
  ],
  async run(context, [repository, uuid]) {
    const ref = parseRepositoryRef(repository);
    validateNotificationUuid(uuid);
    if (!(await context.confirm(`Delete notification ${uuid} of ${repository}?`, `deleting notification ${uuid}`))) {
      context.output.notice('Nothing deleted.');
      return;
    }
    const quay = await context.api(quayPlatform);
    await quay.notifications.delete(ref, uuid);
    context.output.success(`Deleted notification ${uuid} from ${repository}`);
  },
});
