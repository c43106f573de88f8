import { Command } from 'commander';
import { parseHookId } from '../../platforms/alauda/catalog.js';
import { examples, handler } from '../command.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';

export function deleteCommand(): Command {
  const command = new Command('delete')
    .alias('rm')
    .description('Delete a web hook (asks first; --yes to skip)')
    .argument('<id>', 'hook id, e.g. 4')
    .action(
      handler(async (context, [idText]) => {
        const id = parseHookId(idText);
        if (!(await context.confirm(`Delete hook ${id}?`, `deleting hook ${id}`))) {
          context.output.notice('Nothing deleted.');
          return;
        }
        const client = await context.api(alaudaPlatform);
        await client.hooks.delete(id);
        context.output.success(`Deleted hook ${id}`);
      }),
    );
  return examples(command, ['regnotify hook delete 4', 'regnotify hook delete 4 --yes']);
}
