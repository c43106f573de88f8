import type { Context } from '../../core/context.js';
import type { AlaudaClient } from '../../platforms/alauda/client.js';

/** The Alauda client over the context's connection; loaded on first use so --help stays fast. */
export async function alaudaClient(context: Context): Promise<AlaudaClient> {
  const [{ createAlaudaClient }, http] = await Promise.all([import('../../platforms/alauda/client.js'), context.http('alauda')]);
  return createAlaudaClient(http);
}
