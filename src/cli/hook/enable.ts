import { Command } from 'commander';
import { examples, handler } from '../command.js';
import { setHookActive } from './toggle.js';

export function enableCommand(): Command {
  const command = new Command('enable')
    .description('Make a web hook deliver events again (the rest of the hook is kept)')
    .argument('<id>', 'hook id, e.g. 4')
    .action(handler(async (context, [id]) => setHookActive(context, id, true)));
  return examples(command, ['regnotify hook enable 4', 'regnotify hook enable 4 -q']);
}
