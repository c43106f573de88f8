import { parseHookId } from '../../platforms/alauda/catalog.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';
import { defineCommand } from '../define.js';
import { HOOK_ID } from './options.js';

export const deleteSpec = defineCommand({
  name: 'delete',
  aliases: ['rm'],
  description: 'Delete a web hook (asks first; --yes to skip)',
  writes: true,
  arguments: [HOOK_ID],
  options: {},
  examples: ['regnotify hook delete 4', 'regnotify hook delete 4 --yes'],
  async run(context, [idText]) {
    const id = parseHookId(idText);
    await context.confirm(`Delete hook ${id}?`, `deleting hook ${id}`);
    const client = await context.api(alaudaPlatform);
    await client.hooks.delete(id);
    context.output.success(`Deleted hook ${id}`);
    await context.output.result({ action: 'deleted', hook: id });
  },
});
