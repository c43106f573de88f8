import { parseHookId } from '../../platforms/alauda/catalog.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';
import { defineCommand } from '../define.js';
import { HOOK_ID } from './options.js';
import { renderHook } from './render.js';

export const getSpec = defineCommand({
  name: 'get',
  description: 'Show one web hook (its secret as *** unless --show-secrets)',
  arguments: [HOOK_ID],
  options: {},
  examples: ['regnotify hook get 4', 'regnotify hook get 4 -o yaml --show-secrets'],
  async run(context, [idText]) {
    const id = parseHookId(idText);
    const client = await context.api(alaudaPlatform);
    await renderHook(context, await client.hooks.get(id));
  },
});
