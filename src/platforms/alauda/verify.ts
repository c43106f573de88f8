import type { HttpClient } from '../../http/transport.js';
import { hookListSchema } from './schemas.js';

/** Proves a token works with the cheapest authenticated read there is. */
export async function verifyAlaudaCredentials(http: HttpClient): Promise<string> {
  const hooks = await http.json({ method: 'GET', path: '/hooks' }, hookListSchema);
  return `the token can read ${hooks.length} web hook${hooks.length === 1 ? '' : 's'}`;
}
