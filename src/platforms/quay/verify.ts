import * as z from 'zod';
import type { HttpClient } from '../../http/transport.js';

const userSchema = z.looseObject({ username: z.string() });

/** The token's user (GET /user/, needs user:read); Quay answers 401 for anonymous, which a bad token runs as. */
export async function currentUsername(http: HttpClient): Promise<string> {
  return (await http.json({ method: 'GET', path: '/user/' }, userSchema)).username;
}

/** Proves a token works. Quay runs a bad token as anonymous, so only an authenticated read tells (needs user:read). */
export async function verifyQuayCredentials(http: HttpClient): Promise<string> {
  return `signed in as ${await currentUsername(http)}`;
}
