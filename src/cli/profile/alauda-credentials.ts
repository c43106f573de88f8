// Alauda sign-in for `profile add`: a user name and password become the account's API token.
// Only the token (and the user name, for `profile show`) is stored; the password never is.
import { DEFAULT_SERVERS } from '../../config/platforms.js';
import type { Context } from '../../core/context.js';
import { UsageError } from '../../core/errors.js';
import { readSecretFromStdin } from '../../core/stdin.js';
import type { CredentialAcquirer, CredentialOptions } from './credentials.js';

/** The password from stdin, from the setup wizard (which asked for it hidden), or a prompt on a terminal. */
async function readPassword(context: Context, options: CredentialOptions, username: string): Promise<string> {
  if (options.password !== undefined) return options.password;
  if (options.passwordStdin) return readSecretFromStdin(context.io.in, '--password-stdin');
  if (!context.canPrompt) {
    throw new UsageError('--username needs a password (not running in a terminal)', {
      hint: 'pipe it in with --password-stdin, e.g. --password-stdin < password.txt',
    });
  }
  return (await context.prompter()).secret(`Alauda password for ${username}:`, {
    validate: (value) => (value === '' ? 'the password may not be empty' : true),
  });
}

export const alaudaCredentials: CredentialAcquirer = async (context, options, profile) => {
  if (!options.username && !options.passwordStdin && options.password === undefined) return {};
  if (options.tokenStdin) {
    throw new UsageError('--token-stdin cannot be used with --username or --password-stdin', { hint: 'give either the API token or a user name and password' });
  }
  const username = options.username?.trim();
  if (!username) throw new UsageError('--password-stdin needs --username', { hint: 'e.g. --username alaudauser --password-stdin < password.txt' });
  const password = await readPassword(context, options, username);
  context.addSecret(password);
  const connection = {
    platform: 'alauda' as const,
    server: profile.server ?? DEFAULT_SERVERS.alauda!,
    caFile: profile.caFile,
    insecure: Boolean(profile.insecure),
  };
  const [{ createAlaudaClient }, http] = await Promise.all([
    import('../../platforms/alauda/client.js'),
    context.http('alauda', { anonymous: true, connection }),
  ]);
  const token = await createAlaudaClient(http).generateToken({ username, password });
  context.addSecret(token);
  return { username, token };
};
