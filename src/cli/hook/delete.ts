import { parseHookId } from '../../platforms/alauda/catalog.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';
import { IF_EXISTS_OPTION, runDeletion } from '../deletion.js';
import { defineCommand } from '../define.js';
import { HOOK_ID } from './options.js';

export const deleteSpec = defineCommand({
  name: 'delete',
  aliases: ['rm'],
  description: 'Delete a web hook (asks first; --yes to skip)',
  writes: true,
  arguments: [HOOK_ID],
  options: IF_EXISTS_OPTION,
  examples: ['regnotify hook delete 4', 'regnotify hook delete 4 --yes', '# exit 0 when it is already gone', 'regnotify hook delete 4 --yes --if-exists'],
  async run(context, [idText], options) {
    const id = parseHookId(idText);
    const client = await context.api(alaudaPlatform);
    await runDeletion(
      context,
      {
        what: `hook ${id}`,
        fields: { hook: id },
        question: `Delete hook ${id}?`,
        refusal: `deleting hook ${id}`,
        done: `Deleted hook ${id}`,
        exists: () => client.hooks.exists(id),
        remove: () => client.hooks.delete(id),
      },
      Boolean(options.ifExists),
    );
  },
});
