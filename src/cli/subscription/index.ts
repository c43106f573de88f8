import type { GroupBody } from '../define.js';
import { getSpec } from './get.js';
import { setSpec } from './set.js';
import { statusSpec } from './status.js';

/** The verbs of `regnotify subscription`: loaded only when a command line names the group (src/cli/groups.ts). */
export const subscriptionGroup: GroupBody = {
  examples: ['regnotify subscription status 2111978605', 'regnotify subscription set 2111978605 --type feishu --enable --event mr:merge'],
  commands: [statusSpec, getSpec, setSpec],
};
