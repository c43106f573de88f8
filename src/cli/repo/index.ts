import type { Command } from 'commander';
import { examples } from '../command.js';
import { createCommand } from './create.js';
import { deleteCommand } from './delete.js';
import { getCommand } from './get.js';
import { listCommand } from './list.js';
import { updateCommand } from './update.js';
import { visibilityCommand } from './visibility.js';

export function registerRepo(program: Command): void {
  const group = program.command('repo').description('Quay: create, list, show, update, publish and delete repositories');
  examples(group, ['regnotify repo create app --namespace acme', 'regnotify repo list --namespace acme', 'regnotify repo get acme/app']);
  for (const command of [createCommand(), listCommand(), getCommand(), updateCommand(), visibilityCommand(), deleteCommand()]) {
    group.addCommand(command);
  }
}
