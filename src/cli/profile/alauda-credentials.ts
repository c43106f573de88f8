import { UsageError } from '../../core/errors.js';
import type { CredentialAcquirer } from './credentials.js';

/** Filled in by the alauda platform work; until then only --token-stdin works. */
export const alaudaCredentials: CredentialAcquirer = async (_context, options) => {
  if (options.username || options.passwordStdin) throw new UsageError('signing in with a user name and password is not available yet; use --token-stdin');
  return {};
};
