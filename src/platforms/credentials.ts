// Credential checks every platform shares: a token or a server must be there before anything is sent,
// and a password comes from stdin, the setup wizard, or a hidden question on a terminal.
import { withheldCredentialsError } from '../config/credential-binding.js';
import type { Connection } from '../config/resolve.js';
import { PLATFORM_LABELS } from '../config/platforms.js';
import { AuthError, UsageError } from '../core/errors.js';
import type { SignInSession } from './descriptor.js';

/** The token, or exit 4 before anything is sent. */
export function requireToken(connection: Connection): string {
  if (connection.token) return connection.token;
  if (connection.withheld) throw withheldCredentialsError(connection.platform, connection.withheld);
  const where = connection.profileName ? `profile "${connection.profileName}" has no token` : 'no profile and no REGNOTIFY_TOKEN';
  throw new AuthError(`no credentials for ${PLATFORM_LABELS[connection.platform]} (${where})`, {
    hint: `set REGNOTIFY_TOKEN, or store one with: regnotify profile add NAME --platform ${connection.platform} --server URL --token-stdin`,
  });
}

export function requireServer(connection: Connection): string {
  if (connection.server) return connection.server;
  throw new UsageError(`no server for ${PLATFORM_LABELS[connection.platform]}`, {
    hint: 'pass --server URL, set REGNOTIFY_SERVER, or store it in a profile',
  });
}

/**
 * The password given by the wizard, piped with --password-stdin, or asked hidden on a terminal.
 * `signingIn` names the step for the error without a terminal; `question` is what a person is asked.
 */
export async function readPassword(
  session: Pick<SignInSession, 'canPrompt' | 'whyNoQuestions' | 'prompter' | 'readStdinSecret'>,
  options: { passwordStdin?: boolean; password?: string },
  words: { signingIn: string; question: string },
): Promise<string> {
  if (options.password !== undefined) return options.password;
  if (options.passwordStdin) return session.readStdinSecret('--password-stdin');
  if (!session.canPrompt) {
    throw new UsageError(`${words.signingIn} needs a password (${session.whyNoQuestions})`, {
      hint: 'pipe it in with --password-stdin, e.g. --password-stdin < password.txt',
    });
  }
  return (await session.prompter()).secret(words.question, {
    validate: (value) => (value === '' ? 'the password may not be empty' : true),
  });
}
