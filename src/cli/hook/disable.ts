import { Command } from 'commander';
import { examples, handler } from '../command.js';
import { setHookActive } from './toggle.js';

export function disableCommand(): Command {
  const command = new Command('disable')
    .description('Stop a web hook delivering events without deleting it')
    .argument('<id>', 'hook id, e.g. 4')
    .action(handler(async (context, [id]) => setHookActive(context, id, false)));
  return examples(command, ['regnotify hook disable 4', 'regnotify hook disable 4 --json']);
}
