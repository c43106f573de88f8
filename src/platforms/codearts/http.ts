// What CodeArts adds to the shared transport: the /v4 prefix, one of three kinds of credentials,
// and its error bodies. AK/SK signs each attempt right before it is sent (fresh X-Sdk-Date, exact bytes).

import { UsageError } from '../../core/errors.js';
import type { OutgoingRequest } from '../../http/transport.js';
import type { Connection } from '../../config/resolve.js';
import type { PlatformHttp, PlatformHttpInput } from '../platform-http.js';
import { selectCredentials, type CodeartsCredentials } from './auth.js';
import { apiBaseForRegion, iamEndpointForRegion, regionOfApiBase } from './hosts.js';
import { validateProjectId } from './project-id.js';
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

type AkskCredentials = Extract<CodeartsCredentials, { kind: 'aksk' }>;

/** HUAWEICLOUD_SDK_PROJECT_ID, else the profile's; as the SDK's EnvCredentialProvider and profile provider read it. */
function configuredProjectId(input: PlatformHttpInput): string | undefined {
  const fromEnv = input.env.HUAWEICLOUD_SDK_PROJECT_ID || undefined;
  if (fromEnv) return validateProjectId(fromEnv, 'HUAWEICLOUD_SDK_PROJECT_ID');
  const fromProfile = input.connection.profile?.projectId;
  return fromProfile ? validateProjectId(fromProfile, `profile ${input.connection.profileName ?? 'new profile'}`) : undefined;
}

/** Signs one request with AK/SK (and the X-Project-Id, which the SDK signs like every header it sends). */
async function akskSigner(credentials: AkskCredentials, projectId?: string): Promise<Authenticate> {
  const { signRequest } = await import('./signer.js');
  return (request) => {
    if (projectId) request.headers['x-project-id'] = projectId;
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

/** The region of the host in use: the profile's only while its own server is the one talked to. */
function regionInUse(connection: Connection): string | undefined {
  const { server, profile } = connection;
  if (!server || server === profile?.server) return profile?.region ?? (server ? regionOfApiBase(server) : undefined);
  return regionOfApiBase(server);
}

/**
 * With AK/SK and no configured project id, the SDK asks IAM for the project named after the region. Without a
 * region (a bare --server that is no known regional host) there is nothing to ask for, and no header is sent.
 */
async function akskProjectId(credentials: AkskCredentials, input: PlatformHttpInput): Promise<string | undefined> {
  const configured = configuredProjectId(input);
  if (configured) return configured;
  const region = regionInUse(input.connection);
  if (!region) return undefined;
  const endpoint = (input.env.HUAWEICLOUD_SDK_IAM_ENDPOINT || iamEndpointForRegion(region)).replace(/\/+$/, '');
  const [{ lookUpProjectId }, { iamHttpSetup }] = await Promise.all([import('./project-id.js'), import('./iam.js')]);
  return lookUpProjectId({
    accessKey: credentials.accessKey,
    region,
    endpoint,
    configDirectory: input.configDirectory,
    iam: async () => {
      const setup = iamHttpSetup({ username: credentials.accessKey, domain: '', region, endpoint });
      const hint = `check the access key and secret key (${credentials.source}), or set HUAWEICLOUD_SDK_PROJECT_ID`;
      return input.client({ ...setup, authHint: hint, authenticate: await akskSigner(credentials) });
    },
  });
}

async function authenticator(credentials: CodeartsCredentials, input: PlatformHttpInput): Promise<Authenticate> {
  switch (credentials.kind) {
    case 'token': {
      const { token } = credentials;
      const projectId = configuredProjectId(input);
      return (request) => {
        request.headers['x-auth-token'] = token;
        if (projectId) request.headers['x-project-id'] = projectId;
      };
    }
    case 'aksk': {
      input.addSecret(credentials.securityToken);
      return akskSigner(credentials, await akskProjectId(credentials, input));
    }
    case 'iam': {
      const token = await iamToken(credentials, input);
      const projectId = configuredProjectId(input);
      return (request) => {
        request.headers['x-auth-token'] = token;
        if (projectId) request.headers['x-project-id'] = projectId;
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
