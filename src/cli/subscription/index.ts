import type { Command } from 'commander';
import { examples } from '../command.js';
import { getCommand } from './get.js';
import { setCommand } from './set.js';
import { statusCommand } from './status.js';

export function registerSubscription(program: Command): void {
  const group = program
    .command('subscription')
    .description('Huawei Cloud CodeArts Repo: notification subscription settings of a repository, per channel');
  examples(group, ['regnotify subscription status 2111978605', 'regnotify subscription set 2111978605 --type feishu --enable --event mr:merge']);
  for (const command of [statusCommand(), getCommand(), setCommand()]) group.addCommand(command);
}
