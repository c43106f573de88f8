import { Command } from 'commander';
import { parseHookId } from '../../platforms/alauda/catalog.js';
import { examples, handler } from '../command.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';
import { renderHook } from './render.js';

export function getCommand(): Command {
  const command = new Command('get')
    .description('Show one web hook (its secret as *** unless --show-secrets)')
    .argument('<id>', 'hook id, e.g. 4')
    .action(
      handler(async (context, [idText]) => {
        const id = parseHookId(idText);
        const client = await context.api(alaudaPlatform);
        await renderHook(context, await client.hooks.get(id));
      }),
    );
  return examples(command, ['regnotify hook get 4', 'regnotify hook get 4 -o yaml --show-secrets']);
}
