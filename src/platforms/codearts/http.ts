// What CodeArts adds to the shared transport: the /v4 prefix, one of three kinds of credentials,
// and its error bodies. AK/SK signs each attempt right before it is sent (fresh X-Sdk-Date, exact bytes).

import { UsageError } from '../../core/errors.js';
import type { OutgoingRequest } from '../../http/transport.js';
import type { Connection } from '../../config/resolve.js';
import type { PlatformHttp, PlatformHttpInput } from '../platform-http.js';
import { selectCredentials, type CodeartsCredentials } from './auth.js';
import { apiBaseForRegion } from './hosts.js';
import { codeartsErrorMessage } from './schemas.js';

/** `--server`, REGNOTIFY_SERVER or the profile's server; else the profile's region picks the host. */
export function codeartsApiBase(connection: Connection): string {
  if (connection.server) return connection.server.replace(/\/+$/, '');
  if (connection.profile?.region) return apiBaseForRegion(connection.profile.region);
  throw new UsageError('no server for Huawei Cloud CodeArts Repo', {
    hint: 'pass --server URL, set REGNOTIFY_SERVER, or store a region in the profile (--region)',
  });
}

type Authenticate = (request: OutgoingRequest) => void;

async function authenticator(credentials: CodeartsCredentials, input: PlatformHttpInput): Promise<Authenticate> {
  switch (credentials.kind) {
    case 'token': {
      const { token } = credentials;
      return (request) => {
        request.headers['x-auth-token'] = token;
      };
    }
    case 'aksk': {
      const { signRequest } = await import('./signer.js');
      input.addSecret(credentials.securityToken);
      return (request) => {
        const added = signRequest({
          method: request.method,
          url: request.url.href,
          headers: request.headers,
          body: request.body,
          accessKey: credentials.accessKey,
          secretKey: credentials.secretKey,
          securityToken: credentials.securityToken,
        });
        for (const [name, value] of Object.entries(added)) request.headers[name.toLowerCase()] = value;
      };
    }
    case 'iam': {
      const token = await iamToken(credentials, input);
      return (request) => {
        request.headers['x-auth-token'] = token;
      };
    }
  }
}

async function iamToken(credentials: Extract<CodeartsCredentials, { kind: 'iam' }>, input: PlatformHttpInput): Promise<string> {
  const { obtainIamToken } = await import('./sign-in.js');
  const { identity, password, profileName } = credentials;
  return (await obtainIamToken(input, identity, password, { profileName })).token;
}

function authHint(credentials: CodeartsCredentials): string {
  switch (credentials.kind) {
    case 'token':
      return `check the CodeArts token (${credentials.source}); IAM tokens expire after 24 hours`;
    case 'aksk':
      return `check the access key and secret key (${credentials.source}); a rejected signature is not retried, as five in a row lock the key for 5 minutes`;
    case 'iam':
      return `check the permissions of ${credentials.identity.username}, or sign in again with: regnotify profile login ${credentials.profileName}`;
  }
}

export const codeartsHttp: PlatformHttp = {
  async prepare(input) {
    const baseUrl = `${codeartsApiBase(input.connection)}/v4`;
    const describeError = (_response: unknown, body: unknown) => {
      const { code, message } = codeartsErrorMessage(body);
      return { message: code && message ? `${code}: ${message}` : message, code };
    };
    if (input.anonymous) {
      return { baseUrl, describeError, authHint: 'this request needs CodeArts credentials' };
    }
    const credentials = selectCredentials(input.connection, input.env);
    return { baseUrl, authenticate: await authenticator(credentials, input), describeError, authHint: authHint(credentials) };
  },
};
