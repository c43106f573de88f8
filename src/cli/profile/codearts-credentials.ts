// CodeArts credentials for `profile add` and `profile login`: a token, AK/SK, or an IAM user whose
// password is exchanged for a token (cached 0600 and renewed before it expires). The password is
// stored only with --save-password.
import { normalizeServer } from '../../config/resolve.js';
import type { Profile } from '../../config/profile.js';
import type { Context } from '../../core/context.js';
import { UsageError } from '../../core/errors.js';
import { readSecretFromStdin } from '../../core/stdin.js';
import type { IamIdentity } from '../../platforms/codearts/auth.js';
import type { CachedToken } from '../../platforms/codearts/token-cache.js';
import type { CredentialAcquirer, CredentialOptions as FlagOptions } from './credentials.js';

/** The setup wizard hands over a password or secret key it asked for hidden; flags never carry them. */
type CredentialOptions = FlagOptions & { password?: string; secretKey?: string };

/** Asks IAM for a token and caches it, replacing any cached one. */
export async function signIn(context: Context, identity: IamIdentity, password: string, profile: Pick<Profile, 'caFile' | 'insecure'>): Promise<CachedToken> {
  const [{ TokenCache }, { iamHttpSetup, requestIamToken }] = await Promise.all([
    import('../../platforms/codearts/token-cache.js'),
    import('../../platforms/codearts/iam.js'),
  ]);
  context.addSecret(password);
  const client = await context.client(iamHttpSetup(identity), { caFile: profile.caFile, insecure: Boolean(profile.insecure) });
  const token = await new TokenCache(context.store.directory).obtain(identity, () => requestIamToken(client, identity, password), { renew: true });
  context.addSecret(token.token);
  return token;
}

/** The password from stdin, the wizard, or a prompt on a terminal. */
export async function readIamPassword(context: Context, options: { passwordStdin?: boolean; password?: string }, who: string): Promise<string> {
  if (options.password !== undefined) return options.password;
  if (options.passwordStdin) return readSecretFromStdin(context.io.in, '--password-stdin');
  if (!context.canPrompt) {
    throw new UsageError(`signing in as ${who} needs a password (not running in a terminal)`, {
      hint: 'pipe it in with --password-stdin, e.g. --password-stdin < password.txt',
    });
  }
  return (await context.prompter()).secret(`Huawei Cloud password for ${who}:`, {
    validate: (value) => (value === '' ? 'the password may not be empty' : true),
  });
}

function chosenMethods(options: CredentialOptions): string[] {
  return [
    options.tokenStdin && '--token-stdin',
    (options.username || options.passwordStdin || options.password !== undefined) && '--username/--password-stdin',
    (options.accessKey || options.secretKeyStdin || options.secretKey !== undefined) && '--access-key/--secret-key-stdin',
  ].filter((method): method is string => Boolean(method));
}

async function accessKeys(context: Context, options: CredentialOptions): Promise<Partial<Profile>> {
  if (!options.accessKey) throw new UsageError('--secret-key-stdin needs --access-key', { hint: 'e.g. --access-key AK --secret-key-stdin < sk.txt' });
  if (!options.secretKeyStdin && options.secretKey === undefined) {
    throw new UsageError('--access-key needs --secret-key-stdin (the secret key is never a flag value)', { hint: 'e.g. --secret-key-stdin < sk.txt' });
  }
  const secretKey = options.secretKey ?? (await readSecretFromStdin(context.io.in, '--secret-key-stdin'));
  context.addSecret(secretKey);
  return { accessKey: options.accessKey, secretKey };
}

async function iamUser(context: Context, options: CredentialOptions, profile: Profile): Promise<Partial<Profile>> {
  const [{ iamIdentityOf }, { apiBaseForRegion }] = await Promise.all([
    import('../../platforms/codearts/auth.js'),
    import('../../platforms/codearts/hosts.js'),
  ]);
  const missing = [!options.username && '--username', !options.domain && '--domain', !profile.region && '--region'].filter(Boolean);
  if (missing.length) {
    throw new UsageError(`signing in with a password needs ${missing.join(', ')}`, {
      hint: 'e.g. --region cn-north-4 --username USER --domain ACCOUNT --password-stdin < password.txt',
    });
  }
  if (!profile.server) apiBaseForRegion(profile.region!);
  const iamEndpoint = options.iamEndpoint ? normalizeServer(options.iamEndpoint, '--iam-endpoint') : undefined;
  const identity = iamIdentityOf({ username: options.username, domain: options.domain, region: profile.region, iamEndpoint }, 'new');
  const password = await readIamPassword(context, options, `${identity.username}@${identity.domain}`);
  const token = await signIn(context, identity, password, profile);
  context.output.success(`Signed in as ${identity.username}@${identity.domain} (token cached until ${token.expires_at})`);
  return {
    username: identity.username,
    domain: identity.domain,
    ...(iamEndpoint && { iamEndpoint }),
    ...(options.savePassword && { password }),
  };
}

export const codeartsCredentials: CredentialAcquirer = async (context, flagOptions, profile) => {
  const options: CredentialOptions = flagOptions;
  const methods = chosenMethods(options);
  if (methods.length > 1) {
    throw new UsageError(`choose one way to authenticate (${methods.join(' and ')} were both given)`);
  }
  const passwordOnly = (['domain', 'iamEndpoint', 'savePassword'] as const).find((key) => options[key] !== undefined);
  if (passwordOnly && methods[0] !== '--username/--password-stdin') {
    const flag = { domain: '--domain', iamEndpoint: '--iam-endpoint', savePassword: '--save-password' }[passwordOnly];
    throw new UsageError(`${flag} only applies when signing in with --username and --password-stdin`);
  }
  if (profile.region && !profile.server) {
    const { apiBaseForRegion } = await import('../../platforms/codearts/hosts.js');
    apiBaseForRegion(profile.region);
  }
  if (methods[0] === '--access-key/--secret-key-stdin') return accessKeys(context, options);
  if (methods[0] === '--username/--password-stdin') return iamUser(context, options, profile);
  return {};
};
