import type { Command } from 'commander';
import { examples } from '../command.js';
import { createCommand } from './create.js';
import { deleteCommand } from './delete.js';
import { disableCommand } from './disable.js';
import { enableCommand } from './enable.js';
import { getCommand } from './get.js';
import { listCommand } from './list.js';
import { updateCommand } from './update.js';

export function registerHook(program: Command): void {
  const group = program.command('hook').description('Manage Alauda web hooks on build repositories, image repositories and jobs');
  examples(group, [
    'regnotify hook list',
    'regnotify hook create --subject-type image_repo --subject alaudauser/nginx --event image:push --url https://deploy.example.com/alauda --name deploy --generate-secret',
    'regnotify hook update 4 --url https://ci.example.com/alauda/builds',
  ]);
  for (const command of [createCommand(), listCommand(), getCommand(), updateCommand(), enableCommand(), disableCommand(), deleteCommand()]) {
    group.addCommand(command);
  }
}
