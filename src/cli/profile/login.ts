import { Command } from 'commander';
import { noProfileNamed } from '../../config/resolve.js';
import { UsageError } from '../../core/errors.js';
import { examples, handler } from '../command.js';

interface LoginOptions {
  passwordStdin?: boolean;
  savePassword?: boolean;
}

export function loginCommand(): Command {
  const command = new Command('login')
    .description("CodeArts: sign in again with the profile's IAM user and cache a fresh token (the password is read from stdin, the saved one, or asked)")
    .argument('<name>', 'profile name')
    .option('--password-stdin', 'read the password from standard input')
    .option('--save-password', 'keep the password in the profile (0600) so expired tokens renew without asking')
    .action(
      handler<LoginOptions>(async (context, [name], options) => {
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
      }),
    );
  return examples(command, ['regnotify profile login cn4', 'regnotify profile login cn4 --password-stdin --save-password < password.txt']);
}
