// Exchanging an IAM user's password for a token (POST {iam}/v3/auth/tokens): 201, token in X-Subject-Token.

import { ApiError } from '../../core/errors.js';
import type { HttpClient } from '../../http/transport.js';
import type { PlatformHttpSetup } from '../platform-http.js';
import type { IamIdentity } from './auth.js';
import { IAM_TOKEN_PATH, iamPasswordTokenRequest } from './hosts.js';
import { codeartsErrorMessage, iamTokenResponseSchema } from './schemas.js';
import type { CachedToken } from './token-cache.js';

/** How the IAM client reads errors; IAM's keystone-style bodies carry the HTTP status as their "code". */
export function iamHttpSetup(identity: IamIdentity): PlatformHttpSetup {
  return {
    baseUrl: identity.endpoint,
    describeError: (_response, body) => {
      const { code, message } = codeartsErrorMessage(body);
      const named = code && !/^\d+$/.test(code) ? code : undefined;
      return { message: message ? `IAM: ${named ? `${named}: ` : ''}${message}` : undefined, code };
    },
    authHint: `check the user name (${identity.username}), the domain (${identity.domain}) and the password`,
  };
}

export async function requestIamToken(client: HttpClient, identity: IamIdentity, password: string): Promise<CachedToken> {
  const response = await client.request({
    method: 'POST',
    path: IAM_TOKEN_PATH,
    body: iamPasswordTokenRequest({ ...identity, password }),
  });
  const token = response.headers['x-subject-token'];
  if (!token) {
    throw new ApiError(`IAM answered HTTP ${response.status} without an X-Subject-Token header`, { status: response.status });
  }
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    body = undefined;
  }
  const parsed = iamTokenResponseSchema.safeParse(body);
  if (!parsed.success || Number.isNaN(Date.parse(parsed.data.token.expires_at))) {
    throw new ApiError(`IAM answered HTTP ${response.status} without a readable token.expires_at`, { status: response.status });
  }
  return { token, expires_at: parsed.data.token.expires_at };
}
