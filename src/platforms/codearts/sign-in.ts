// CodeArts credentials for `profile add`, `profile login` and the wizard: a token, AK/SK, or an IAM user whose
// password is exchanged for a token (cached 0600 and renewed before it expires). The password is stored
// only with --save-password. The same IAM exchange serves a request whose cached token has expired.
import { normalizeServer } from '../../config/resolve.js';
import { refuseUserinfo } from '../../config/server-url.js';
import type { Profile } from '../../config/profile.js';
import { AuthError, UsageError } from '../../core/errors.js';
import type { HttpClient } from '../../http/transport.js';
import { readPassword } from '../credentials.js';
import type { CredentialAcquirer, CredentialOptions, SignInSession } from '../descriptor.js';
import type { PlatformHttpSetup } from '../platform-http.js';
import { iamIdentityOf, type IamIdentity } from './auth.js';
import { apiBaseForRegion } from './hosts.js';
import { validateProjectId } from './project-id.js';
import type { CachedToken } from './token-cache.js';

/** What an IAM exchange needs from the run. */
export interface IamAccess {
  configDirectory: string;
  addSecret: (secret: string | undefined) => void;
  client: (setup: PlatformHttpSetup) => Promise<HttpClient>;
}

/**
 * A cached token that is still fresh, else a new one from IAM (with `renew`, always a new one).
 * Without a password an expired token cannot be renewed: exit 4 with the command that signs in again.
 */
export async function obtainIamToken(
  access: IamAccess,
  identity: IamIdentity,
  password: string | undefined,
  options: { renew?: boolean; profileName: string },
): Promise<CachedToken> {
  const [{ TokenCache }, { iamHttpSetup, requestIamToken }] = await Promise.all([import('./token-cache.js'), import('./iam.js')]);
  access.addSecret(password);
  const token = await new TokenCache(access.configDirectory).obtain(
    identity,
    async () => {
      if (!password) {
        throw new AuthError(`the IAM token of profile "${options.profileName}" has expired or was never obtained (the password is not saved)`, {
          hint: `sign in again with: regnotify profile login ${options.profileName}`,
        });
      }
      return requestIamToken(await access.client(iamHttpSetup(identity)), identity, password);
    },
    { renew: options.renew },
  );
  access.addSecret(token.token);
  return token;
}

/** Signs in afresh for `profile add`, `profile login` and the wizard. */
export function signIn(session: SignInSession, identity: IamIdentity, password: string, profile: Pick<Profile, 'caFile' | 'insecure'>, profileName: string) {
  const access: IamAccess = {
    configDirectory: session.configDirectory,
    addSecret: (secret) => session.addSecret(secret),
    client: (setup) => session.client(setup, { caFile: profile.caFile, insecure: Boolean(profile.insecure) }),
  };
  return obtainIamToken(access, identity, password, { renew: true, profileName });
}

export function readIamPassword(session: SignInSession, options: { passwordStdin?: boolean; password?: string }, who: string): Promise<string> {
  return readPassword(session, options, { signingIn: `signing in as ${who}`, question: `Huawei Cloud password for ${who}:` });
}

function chosenMethods(options: CredentialOptions): string[] {
  return [
    options.tokenStdin && '--token-stdin',
    (options.username || options.passwordStdin || options.password !== undefined) && '--username/--password-stdin',
    (options.accessKey || options.secretKeyStdin || options.secretKey !== undefined) && '--access-key/--secret-key-stdin',
  ].filter((method): method is string => Boolean(method));
}

async function accessKeys(session: SignInSession, options: CredentialOptions): Promise<Partial<Profile>> {
  if (!options.accessKey) throw new UsageError('--secret-key-stdin needs --access-key', { hint: 'e.g. --access-key AK --secret-key-stdin < sk.txt' });
  if (!options.secretKeyStdin && options.secretKey === undefined) {
    throw new UsageError('--access-key needs --secret-key-stdin (the secret key is never a flag value)', { hint: 'e.g. --secret-key-stdin < sk.txt' });
  }
  const secretKey = options.secretKey ?? (await session.readStdinSecret('--secret-key-stdin'));
  session.addSecret(secretKey);
  return { accessKey: options.accessKey, secretKey };
}

async function iamUser(session: SignInSession, options: CredentialOptions, profile: Profile): Promise<Partial<Profile>> {
  const missing = [!options.username && '--username', !options.domain && '--domain', !profile.region && '--region'].filter(Boolean);
  if (missing.length) {
    throw new UsageError(`signing in with a password needs ${missing.join(', ')}`, {
      hint: 'e.g. --region cn-north-4 --username USER --domain ACCOUNT --password-stdin < password.txt',
    });
  }
  if (!profile.server) apiBaseForRegion(profile.region!);
  if (options.iamEndpoint) refuseUserinfo(options.iamEndpoint, '--iam-endpoint');
  const iamEndpoint = options.iamEndpoint ? normalizeServer(options.iamEndpoint, '--iam-endpoint') : undefined;
  const identity = iamIdentityOf({ username: options.username, domain: options.domain, region: profile.region, iamEndpoint }, 'new');
  const password = await readIamPassword(session, options, `${identity.username}@${identity.domain}`);
  const token = await signIn(session, identity, password, profile, 'new');
  session.success(`Signed in as ${identity.username}@${identity.domain} (token cached until ${token.expires_at})`);
  return {
    username: identity.username,
    domain: identity.domain,
    ...(iamEndpoint && { iamEndpoint }),
    ...(options.savePassword && { password }),
  };
}

export const codeartsCredentials: CredentialAcquirer = async (session, options, profile) => {
  const methods = chosenMethods(options);
  if (methods.length > 1) {
    throw new UsageError(`choose one way to authenticate (${methods.join(' and ')} were both given)`);
  }
  const passwordOnly = (['domain', 'iamEndpoint', 'savePassword'] as const).find((key) => options[key] !== undefined);
  if (passwordOnly && methods[0] !== '--username/--password-stdin') {
    const flag = { domain: '--domain', iamEndpoint: '--iam-endpoint', savePassword: '--save-password' }[passwordOnly];
    throw new UsageError(`${flag} only applies when signing in with --username and --password-stdin`);
  }
  if (profile.region && !profile.server) apiBaseForRegion(profile.region);
  const projectId = options.projectId === undefined ? undefined : validateProjectId(options.projectId, '--project-id');
  const fields =
    methods[0] === '--access-key/--secret-key-stdin'
      ? await accessKeys(session, options)
      : methods[0] === '--username/--password-stdin'
        ? await iamUser(session, options, profile)
        : {};
  return { ...fields, ...(projectId && { projectId }) };
};
