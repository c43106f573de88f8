import type { HttpClient } from '../../http/transport.js';
import { hookPageSchema } from './schemas.js';

/** Proves a token works with the cheapest authenticated read there is: one page of hooks, in either list shape. */
export async function verifyAlaudaCredentials(http: HttpClient): Promise<string> {
  const page = await http.json({ method: 'GET', path: '/hooks' }, hookPageSchema);
  const more = page.next ? ' on its first page' : '';
  return `the token can read ${page.rows.length} web hook${page.rows.length === 1 ? '' : 's'}${more}`;
}
