// enable and disable: the same read-merge-write of is_active, from two verbs.
import type { Context } from '../context.js';
import { parseHookId } from '../../platforms/alauda/catalog.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';
import { renderHook } from './render.js';

export async function setHookActive(context: Context, idText: string, active: boolean): Promise<void> {
  const id = parseHookId(idText);
  const client = await context.api(alaudaPlatform);
  const hook = await client.hooks.modify(id, (current) => {
    // It goes back over the wire: keep it out of traces and errors like any other secret.
    context.addPlatformSecret(current.secret);
    return { is_active: active };
  });
  context.output.success(`${active ? 'Enabled' : 'Disabled'} hook ${hook.id} (${hook.name})`);
  await renderHook(context, hook);
}
