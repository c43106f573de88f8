// Alauda sign-in for `profile add` and the wizard: a user name and password become the account's API token.
// Only the token (and the user name, for `profile show`) is stored; the password never is.
import { UsageError } from '../../core/errors.js';
import { readPassword } from '../credentials.js';
import type { CredentialAcquirer } from '../descriptor.js';
import { createAlaudaClient } from './client.js';

export const alaudaCredentials: CredentialAcquirer = async (session, options, profile) => {
  if (!options.username && !options.passwordStdin && options.password === undefined) return {};
  if (options.tokenStdin) {
    throw new UsageError('--token-stdin cannot be used with --username or --password-stdin', { hint: 'give either the API token or a user name and password' });
  }
  const username = options.username?.trim();
  if (!username) throw new UsageError('--password-stdin needs --username', { hint: 'e.g. --username alaudauser --password-stdin < password.txt' });
  const password = await readPassword(session, options, { signingIn: '--username', question: `Alauda password for ${username}:` });
  session.addSecret(password);
  const http = await session.http(profile, { anonymous: true });
  const token = await createAlaudaClient(http).generateToken({ username, password });
  session.addSecret(token);
  return { username, token };
};
