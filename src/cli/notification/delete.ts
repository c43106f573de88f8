import { quayPlatform } from '../../platforms/quay/index.js';
import { IF_EXISTS_OPTION, runDeletion } from '../deletion.js';
import { defineCommand } from '../define.js';
import { notificationScope, SCOPE_OPTIONS, SCOPED_REPOSITORY, SCOPED_UUID, scopedNotifications, scopeFields } from './scope.js';

export const deleteSpec = defineCommand({
  name: 'delete',
  aliases: ['rm'],
  description: 'Delete a notification (asks first; --yes to skip)',
  writes: true,
  arguments: [SCOPED_REPOSITORY, SCOPED_UUID],
  options: { ...SCOPE_OPTIONS, ...IF_EXISTS_OPTION },
  examples: [
    'regnotify notification delete acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    'regnotify notification delete acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01 --yes',
    'regnotify notification delete --org acme 5e0c9a4d-2b7f-4c1e-8d3a-6f9e0b1c2d03 --yes',
    '# exit 0 when it is already gone',
    'regnotify notification delete acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01 --yes --if-exists',
  ],
  async run(context, args, options) {
    const { scope, uuid } = notificationScope(args, options, true);
    const quay = await context.api(quayPlatform);
    const notifications = scopedNotifications(quay, scope);
    await runDeletion(
      context,
      {
        what: `notification ${uuid} of ${scope.label}`,
        fields: { ...scopeFields(scope), uuid },
        question: `Delete notification ${uuid} of ${scope.label}?`,
        refusal: `deleting notification ${uuid}`,
        done: `Deleted notification ${uuid} from ${scope.label}`,
        exists: () => notifications.exists(uuid),
        remove: () => notifications.delete(uuid),
      },
      Boolean(options.ifExists),
    );
  },
});
