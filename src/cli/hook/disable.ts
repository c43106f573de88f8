import { defineCommand } from '../define.js';
import { HOOK_ID } from './options.js';
import { setHookActive } from './toggle.js';

export const disableSpec = defineCommand({
  name: 'disable',
  description: 'Stop a web hook delivering events without deleting it',
  writes: true,
  arguments: [HOOK_ID],
  options: {},
  examples: ['regnotify hook disable 4', 'regnotify hook disable 4 --json'],
  run: (context, [id]) => setHookActive(context, id, false),
});
