import { defineCommand } from '../define.js';
import { HOOK_ID } from './options.js';
import { setHookActive } from './toggle.js';

export const enableSpec = defineCommand({
  name: 'enable',
  description: 'Make a web hook deliver events again (the rest of the hook is kept)',
  writes: true,
  arguments: [HOOK_ID],
  options: {},
  examples: ['regnotify hook enable 4', 'regnotify hook enable 4 -q'],
  run: (context, [id]) => setHookActive(context, id, true),
});
