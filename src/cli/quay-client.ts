// The Quay client for a command, loaded on first use so `--help` never pays for zod and undici.
import type { Context } from '../core/context.js';
import type { QuayClient } from '../platforms/quay/client.js';

export async function quayClient(context: Context): Promise<QuayClient> {
  const [{ createQuayClient }, http] = await Promise.all([import('../platforms/quay/client.js'), context.http('quay')]);
  return createQuayClient(http);
}
