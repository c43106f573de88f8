import type { Command } from 'commander';
import { examples } from '../command.js';
import { addCommand } from './add.js';
import { listCommand } from './list.js';
import { loginCommand } from './login.js';
import { removeCommand } from './remove.js';
import { showCommand } from './show.js';
import { useCommand } from './use.js';

export function registerProfile(program: Command): void {
  const group = program
    .command('profile')
    .description('Manage stored profiles: a platform, a server and credentials under one name');
  examples(group, ['regnotify profile add prod --platform quay --server https://quay.io --token-stdin < token.txt', 'regnotify profile list']);
  for (const command of [addCommand(), listCommand(), showCommand(), useCommand(), removeCommand(), loginCommand()]) group.addCommand(command);
}
