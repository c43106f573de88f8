import type { Command } from 'commander';
import { addGroup } from '../define.js';
import { getSpec } from './get.js';
import { setSpec } from './set.js';
import { statusSpec } from './status.js';

export function registerSubscription(program: Command): void {
  addGroup(program, {
    name: 'subscription',
    description: 'Huawei Cloud CodeArts Repo: notification subscription settings of a repository, per channel',
    examples: ['regnotify subscription status 2111978605', 'regnotify subscription set 2111978605 --type feishu --enable --event mr:merge'],
    commands: [statusSpec, getSpec, setSpec],
  });
}
