import { defineCommand, type OptionsOf } from '../define.js';
import type { Profile } from '../../config/profile.js';
import { noProfileNamed } from '../../config/resolve.js';
import { UsageError } from '../../core/errors.js';
import { readSecretFromStdin } from '../../core/stdin.js';
import type { Context } from '../context.js';
import { ADD_OPTIONS } from './add.js';
import { PROFILE_NAME } from './arguments.js';
import { replaceProfile } from './replace.js';
import { acquireCredentials, checkPlatformFlags } from './credentials.js';
import { settingsOf } from './settings.js';

const { tokenStdin, username, passwordStdin, domain, iamEndpoint, savePassword, accessKey, secretKeyStdin } = ADD_OPTIONS;
const LOGIN_OPTIONS = { tokenStdin, username, passwordStdin, domain, iamEndpoint, savePassword, accessKey, secretKeyStdin };

type LoginOptions = OptionsOf<typeof LOGIN_OPTIONS>;

/** CodeArts with the profile's own IAM user: a fresh token for the cache (and the password kept, with --save-password). */
async function signInAgain(context: Context, name: string, profile: Profile, options: LoginOptions): Promise<void> {
  if (options.domain !== undefined || options.iamEndpoint !== undefined) {
    throw new UsageError('--domain and --iam-endpoint name a new IAM user: give them with --username and --password-stdin');
  }
  if (profile.platform !== 'codearts' || !profile.username || !profile.domain) {
    throw new UsageError(`profile "${name}" does not sign in with a password (only codearts profiles added with --username do)`);
  }
  const [{ iamIdentityOf }, { readIamPassword, signIn }] = await Promise.all([import('../../platforms/codearts/auth.js'), import('../../platforms/codearts/sign-in.js')]);
  const identity = iamIdentityOf(profile, name);
  const password =
    !options.passwordStdin && profile.password ? profile.password : await readIamPassword(context.signInSession(), options, `${identity.username}@${identity.domain}`);
  const token = await signIn(context.signInSession(), identity, password, profile, name);
  if (options.savePassword) {
    await context.store.update((data) => {
      const stored = data.profiles.get(name);
      if (stored) stored.password = password;
    });
  }
  context.output.success(`Signed in as ${identity.username}@${identity.domain} (token cached until ${token.expires_at})`);
  await context.output.result({ action: 'signed in', profile: name, expires_at: token.expires_at });
}

/** New credentials, taken as `profile add` takes them; the profile's settings stay. */
async function replaceCredentials(context: Context, name: string, profile: Profile, options: LoginOptions): Promise<void> {
  checkPlatformFlags(profile.platform, options);
  const token = options.tokenStdin ? await readSecretFromStdin(context.io.in, '--token-stdin') : undefined;
  context.addSecret(token);
  const fields: Profile = { ...settingsOf(profile), ...(token && { token }) };
  const replaced: Profile = { ...fields, ...(await acquireCredentials(context, options, fields)) };
  await replaceProfile(context.store, name, profile, replaced);
  context.output.success(`Stored new credentials in profile ${name}`);
  await context.output.result({ action: 'credentials replaced', profile: name, platform: profile.platform });
}

export const loginSpec = defineCommand({
  name: 'login',
  description:
    "Replace a profile's credentials (--token-stdin; Alauda, CodeArts: --username with --password-stdin; CodeArts: --access-key with --secret-key-stdin), keeping its settings; without new ones, a CodeArts IAM profile signs in again and caches a fresh token",
  arguments: [PROFILE_NAME],
  options: LOGIN_OPTIONS,
  examples: [
    'regnotify profile login prod --token-stdin < new-token.txt',
    'regnotify profile login alauda --username alice --password-stdin < password.txt',
    'regnotify profile login cn4',
    'regnotify profile login cn4 --password-stdin --save-password < password.txt',
  ],
  async run(context, [name], options) {
    const profile = (await context.store.read()).profiles.get(name);
    if (!profile) throw noProfileNamed(name);
    // --password-stdin alone is the password of the IAM user the profile already has.
    const newCredentials = options.tokenStdin || options.username !== undefined || options.accessKey !== undefined || options.secretKeyStdin;
    await (newCredentials ? replaceCredentials : signInAgain)(context, name, profile, options);
  },
});
