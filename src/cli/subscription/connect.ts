import type { Context } from '../../core/context.js';
import type { CodeartsClient } from '../../platforms/codearts/client.js';

/** The CodeArts client over the resolved server and credentials. */
export async function codeartsClient(context: Context): Promise<CodeartsClient> {
  const [{ createCodeartsClient }, http] = await Promise.all([import('../../platforms/codearts/client.js'), context.http('codearts')]);
  return createCodeartsClient(http);
}

export const REPOSITORY_ARGUMENT = 'numeric repository id (1..2147483647) or group/repo';
