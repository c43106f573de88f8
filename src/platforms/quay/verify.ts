import * as z from 'zod';
import type { HttpClient } from '../../http/transport.js';

const userSchema = z.looseObject({ username: z.string() });

/** Proves a token works. Quay runs a bad token as anonymous, so only an authenticated read tells (needs user:read). */
export async function verifyQuayCredentials(http: HttpClient): Promise<string> {
  const user = await http.json({ method: 'GET', path: '/user/' }, userSchema);
  return `signed in as ${user.username}`;
}
