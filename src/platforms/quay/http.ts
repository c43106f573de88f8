import { requireServer, requireToken } from '../credentials.js';
import type { PlatformHttp } from '../platform-http.js';
import { quayErrorMessage } from './schemas.js';

export const quayHttp: PlatformHttp = {
  async prepare({ connection, anonymous }) {
    const token = anonymous ? undefined : requireToken(connection);
    return {
      baseUrl: `${requireServer(connection)}/api/v1`,
      authenticate: (request) => {
        if (token) request.headers.authorization = `Bearer ${token}`;
      },
      describeError: (_response, body) => quayErrorMessage(body),
      // Quay runs a bad token as anonymous: writes then fail with a CSRF 403, reads with 401.
      authHint: 'check the Quay OAuth token (REGNOTIFY_TOKEN or the profile\'s token) and its scopes (repo:admin for notifications)',
    };
  },
};
