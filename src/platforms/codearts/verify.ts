import type { HttpClient } from '../../http/transport.js';
import { repositoryListSchema } from './schemas.js';

/** Proves the credentials work with the cheapest authenticated read there is. */
export async function verifyCodeartsCredentials(http: HttpClient): Promise<string> {
  const repositories = await http.json({ method: 'GET', path: '/user/repositories', query: { offset: 0, limit: 1 } }, repositoryListSchema);
  return repositories.length ? 'the credentials can read your repositories' : 'the credentials work (no repositories visible yet)';
}
