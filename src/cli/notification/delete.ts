import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand } from '../define.js';
import { notificationScope, SCOPE_OPTIONS, SCOPED_REPOSITORY, SCOPED_UUID, scopedNotifications, scopeFields } from './scope.js';

export const deleteSpec = defineCommand({
  name: 'delete',
  aliases: ['rm'],
  description: 'Delete a notification (asks first; --yes to skip)',
  writes: true,
  arguments: [SCOPED_REPOSITORY, SCOPED_UUID],
  options: SCOPE_OPTIONS,
  examples: [
    'regnotify notification delete acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    'regnotify notification delete acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01 --yes',
    'regnotify notification delete --org acme 5e0c9a4d-2b7f-4c1e-8d3a-6f9e0b1c2d03 --yes',
  ],
  async run(context, args, options) {
    const { scope, uuid } = notificationScope(args, options, true);
    await context.confirm(`Delete notification ${uuid} of ${scope.label}?`, `deleting notification ${uuid}`);
    const quay = await context.api(quayPlatform);
    await scopedNotifications(quay, scope).delete(uuid);
    context.output.success(`Deleted notification ${uuid} from ${scope.label}`);
    await context.output.result({ action: 'deleted', ...scopeFields(scope), uuid });
  },
});
