import { defineCommand } from '../define.js';
import { noProfileNamed } from '../../config/resolve.js';
import { UsageError } from '../../core/errors.js';

export const loginSpec = defineCommand({
  name: 'login',
  description: "CodeArts: sign in again with the profile's IAM user and cache a fresh token (the password is read from stdin, the saved one, or asked)",
  arguments: [{ name: 'name', description: 'profile name' }],
  options: {
    passwordStdin: { description: 'read the password from standard input' },
    savePassword: { description: 'keep the password in the profile (0600) so expired tokens renew without asking' },
  },
  examples: ['regnotify profile login cn4', 'regnotify profile login cn4 --password-stdin --save-password < password.txt'],
  async run(context, [name], options) {
    const profile = (await context.store.read()).profiles.get(name);
    if (!profile) throw noProfileNamed(name);
    if (profile.platform !== 'codearts' || !profile.username || !profile.domain) {
      throw new UsageError(`profile "${name}" does not sign in with a password (only codearts profiles added with --username do)`);
    }
    const [{ iamIdentityOf }, { readIamPassword, signIn }] = await Promise.all([
      import('../../platforms/codearts/auth.js'),
      import('../../platforms/codearts/sign-in.js'),
    ]);
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
  },
});
