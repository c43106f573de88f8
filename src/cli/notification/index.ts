import type { Command } from 'commander';
import { examples } from '../command.js';
import { createCommand } from './create.js';
import { deleteCommand } from './delete.js';
import { getCommand } from './get.js';
import { listCommand } from './list.js';
import { resetCommand } from './reset.js';
import { testCommand } from './test.js';

export function registerNotification(program: Command): void {
  const group = program
    .command('notification')
    .description('Quay: repository notifications (webhook, Slack, e-mail, in-app, …): create, list, show, test, reset, delete');
  examples(group, [
    'regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook',
    'regnotify notification list acme/app',
  ]);
  for (const command of [createCommand(), listCommand(), getCommand(), testCommand(), resetCommand(), deleteCommand()]) {
    group.addCommand(command);
  }
}
