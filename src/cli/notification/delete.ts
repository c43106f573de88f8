import { Command } from 'commander';
import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { examples, handler } from '../command.js';
import { quayPlatform } from '../../platforms/quay/index.js';

export function deleteCommand(): Command {
  const command = new Command('delete')
    .alias('rm')
    .description('Delete a notification (asks first; --yes to skip)')
    .argument('<repository>', 'namespace/name')
    .argument('<uuid>', 'notification uuid')
    .action(
      handler(async (context, [repository, uuid]) => {
        const ref = parseRepositoryRef(repository);
        if (!(await context.confirm(`Delete notification ${uuid} of ${repository}?`, `deleting notification ${uuid}`))) {
          context.output.notice('Nothing deleted.');
          return;
        }
        const quay = await context.api(quayPlatform);
        await quay.notifications.delete(ref, uuid);
        context.output.success(`Deleted notification ${uuid} from ${repository}`);
      }),
    );
  return examples(command, [
    'regnotify notification delete acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    'regnotify notification delete acme/app 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01 --yes',
  ]);
}
