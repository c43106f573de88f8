import { requireToken } from '../credentials.js';
import type { PlatformHttp } from '../platform-http.js';
import { UsageError } from '../../core/errors.js';

export const codeartsHttp: PlatformHttp = {
  async prepare({ connection }) {
    const token = requireToken(connection);
    const base = connection.server || (connection.profile?.region ? (await import('./hosts.js')).apiBaseForRegion(connection.profile.region) : '');
    if (!base) {
      throw new UsageError('no server for Huawei Cloud CodeArts Repo', { hint: 'pass --server URL, set REGNOTIFY_SERVER, or store a region in the profile' });
    }
    const { codeartsErrorMessage } = await import('./schemas.js');
    return {
      baseUrl: `${base.replace(/\/+$/, '')}/v4`,
      authenticate: (request) => {
        request.headers['x-auth-token'] = token;
      },
      describeError: (_response, body) => {
        const { code, message } = codeartsErrorMessage(body);
        return { message: code && message ? `${code}: ${message}` : message, code };
      },
      authHint: 'check the CodeArts credentials (REGNOTIFY_TOKEN, AK/SK, or the profile)',
    };
  },
};
