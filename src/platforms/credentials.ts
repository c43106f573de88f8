import type { Connection } from '../config/resolve.js';
import { PLATFORM_LABELS } from '../config/platforms.js';
import { AuthError, UsageError } from '../core/errors.js';

/** The token, or exit 4 before anything is sent. */
export function requireToken(connection: Connection): string {
  if (connection.token) return connection.token;
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
