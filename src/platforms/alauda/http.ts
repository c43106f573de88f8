import { requireServer, requireToken } from '../credentials.js';
import type { PlatformHttp } from '../platform-http.js';
import { alaudaErrorMessage } from './schemas.js';

export const alaudaHttp: PlatformHttp = {
  async prepare({ connection, anonymous }) {
    const token = anonymous ? undefined : requireToken(connection);
    return {
      baseUrl: `${requireServer(connection)}/v1`,
      authenticate: (request) => {
        if (token) request.headers.authorization = `Token ${token}`;
      },
      describeError: (response, body) => ({ message: alaudaErrorMessage(body, response.text) }),
      authHint: 'check the Alauda API token (REGNOTIFY_TOKEN or the profile\'s token)',
    };
  },
};
