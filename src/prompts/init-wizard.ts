// The setup wizard: platform → server → credentials → a cheap authenticated call → name → save.
// Nothing is stored until the last step, so Ctrl-C anywhere leaves the profiles untouched.
import { loadCredentialAcquirer } from '../cli/profile/credentials.js';
import { PLATFORM_LABELS, type Platform } from '../config/platforms.js';
import type { Profile } from '../config/profile.js';
import { PROFILE_NAME } from '../config/summary.js';
import { normalizeServer, type Connection } from '../config/resolve.js';
import type { Context } from '../core/context.js';
import { RegnotifyError } from '../core/errors.js';
import type { Choice, Prompter } from './prompter.js';

const OTHER = '__other__';

const SERVER_CHOICES: Record<'quay' | 'alauda', Choice<string>[]> = {
  quay: [
    { name: 'quay.io (https://quay.io)', value: 'https://quay.io' },
    { name: 'A self-hosted Quay (enter its URL)', value: OTHER },
  ],
  alauda: [
    { name: 'Alauda China (https://api.alauda.cn)', value: 'https://api.alauda.cn' },
    { name: 'Alauda international (https://api.alauda.io)', value: 'https://api.alauda.io' },
    { name: 'Another Alauda deployment (enter its URL)', value: OTHER },
  ],
};

function validUrl(value: string): true | string {
  try {
    normalizeServer(value.trim());
    return true;
  } catch (error) {
    return (error as Error).message.replace(/^--server: /, '');
  }
}

function required(what: string) {
  return (value: string): true | string => (value.trim() ? true : `${what} is required`);
}

async function askUrl(prompter: Prompter, message: string): Promise<string> {
  return normalizeServer((await prompter.input(message, { validate: validUrl })).trim());
}

interface ServerAnswer {
  server?: string;
  region?: string;
}

async function askServer(prompter: Prompter, platform: Platform): Promise<ServerAnswer> {
  if (platform !== 'codearts') {
    const choice = await prompter.select(`Which ${PLATFORM_LABELS[platform]} server?`, SERVER_CHOICES[platform]);
    return { server: choice === OTHER ? await askUrl(prompter, 'Server URL (e.g. https://registry.example.com)') : choice };
  }
  const { REGIONS, REGION_HOSTS } = await import('../platforms/codearts/hosts.js');
  const choices: Choice<string>[] = [
    ...REGIONS.map((region) => ({ name: `${region} (${REGION_HOSTS[region]})`, value: region })),
    { name: 'Another endpoint (enter its URL)', value: OTHER },
  ];
  const region = await prompter.select('Which CodeArts region?', choices);
  if (region !== OTHER) return { region };
  const server = await askUrl(prompter, 'CodeArts API URL (e.g. https://codehub-ext.cn-north-4.myhuaweicloud.com)');
  const named = (await prompter.input('Region id for IAM sign-in (e.g. cn-north-4; leave empty if you use a token)')).trim();
  return { server, ...(named && { region: named }) };
}

/** Asks for credentials the platform's way; password sign-ins are exchanged for a token by the platform's acquirer. */
async function askCredentials(context: Context, prompter: Prompter, base: Profile): Promise<Profile> {
  const acquire = await loadCredentialAcquirer(base.platform);
  if (base.platform === 'quay') {
    const token = await prompter.secret('Quay OAuth access token (Organization → Applications → Generate Token)', { validate: required('the token') });
    const namespace = (await prompter.input('Default namespace for repo commands (optional)')).trim();
    return { ...base, token: token.trim(), ...(namespace && { namespace }) };
  }
  if (base.platform === 'alauda') {
    const method = await prompter.select('How do you want to sign in?', [
      { name: 'Paste an API token', value: 'token' },
      { name: 'User name and password (exchanged for a token; the password is not stored)', value: 'password' },
    ]);
    if (method === 'token') return { ...base, token: (await prompter.secret('Alauda API token', { validate: required('the token') })).trim() };
    const username = (await prompter.input('User name', { validate: required('the user name') })).trim();
    const password = await prompter.secret('Password', { validate: required('the password') });
    context.addSecret(password);
    return { ...base, ...(await acquire!(context, { username, password }, base)) };
  }
  const method = await prompter.select('How do you want to authenticate?', [
    { name: 'Paste an IAM token (X-Auth-Token)', value: 'token' },
    { name: 'Access key and secret key (AK/SK request signing)', value: 'aksk' },
    { name: 'IAM user name and password (exchanged for a token)', value: 'password' },
  ]);
  if (method === 'token') return { ...base, token: (await prompter.secret('IAM token', { validate: required('the token') })).trim() };
  if (method === 'aksk') {
    const accessKey = (await prompter.input('Access key id (AK)', { validate: required('the access key') })).trim();
    const secretKey = (await prompter.secret('Secret access key (SK)', { validate: required('the secret key') })).trim();
    context.addSecret(secretKey);
    return { ...base, accessKey, secretKey };
  }
  const username = (await prompter.input('IAM user name', { validate: required('the user name') })).trim();
  const domain = (await prompter.input('Account (domain) name', { validate: required('the domain') })).trim();
  const password = await prompter.secret('Password', { validate: required('the password') });
  context.addSecret(password);
  const savePassword = await prompter.confirm('Keep the password (0600) so expired tokens renew without asking?', false);
  return { ...base, ...(await acquire!(context, { username, domain, password, savePassword, region: base.region }, base)) };
}

async function verify(context: Context, profile: Profile): Promise<string> {
  const connection: Connection = {
    platform: profile.platform,
    profile,
    server: profile.server ?? '',
    token: profile.token,
    caFile: context.flags.caFile ?? profile.caFile,
    insecure: Boolean(context.flags.insecure),
  };
  const http = await context.http(profile.platform, { connection });
  switch (profile.platform) {
    case 'quay':
      return (await import('../platforms/quay/verify.js')).verifyQuayCredentials(http);
    case 'alauda':
      return (await import('../platforms/alauda/verify.js')).verifyAlaudaCredentials(http);
    case 'codearts':
      return (await import('../platforms/codearts/verify.js')).verifyCodeartsCredentials(http);
  }
}

async function askName(prompter: Prompter, platform: Platform, existing: Record<string, Profile>): Promise<string> {
  for (;;) {
    const name = (
      await prompter.input('Name for this profile', {
        defaultValue: existing[platform] ? undefined : platform,
        validate: (value) => (PROFILE_NAME.test(value.trim()) ? true : 'use letters, digits, ".", "_" and "-" (at most 64), starting with a letter or digit'),
      })
    ).trim();
    if (!existing[name] || (await prompter.confirm(`A profile named ${name} exists. Replace it?`, false))) return name;
  }
}

export async function runInitWizard(context: Context): Promise<void> {
  const prompter = await context.prompter();
  const platform = await prompter.select<Platform>('Which platform do you want to set up?', [
    { name: 'Red Hat Quay (quay.io or self-hosted)', value: 'quay' },
    { name: 'Alauda', value: 'alauda' },
    { name: 'Huawei Cloud CodeArts Repo', value: 'codearts' },
  ]);
  const where = await askServer(prompter, platform);
  const base: Profile = { platform, ...(where.server && { server: where.server }), ...(where.region && { region: where.region }) };
  let profile: Profile;
  for (;;) {
    profile = await askCredentials(context, prompter, base);
    for (const secret of [profile.token, profile.secretKey, profile.password]) context.addSecret(secret);
    try {
      context.output.notice('Checking the credentials…');
      context.output.success(`Credentials work: ${await verify(context, profile)}`);
      break;
    } catch (error) {
      if (!(error instanceof RegnotifyError) || error.exitCode === 130) throw error;
      context.output.warn(`the check failed: ${error.message}`);
      const next = await prompter.select('What now?', [
        { name: 'Enter the credentials again', value: 'retry' },
        { name: 'Save the profile anyway', value: 'save' },
        { name: 'Quit without saving', value: 'quit' },
      ]);
      if (next === 'quit') {
        context.output.notice('Nothing saved.');
        return;
      }
      if (next === 'save') break;
    }
  }
  const data = await context.store.read();
  const name = await askName(prompter, platform, data.profiles);
  const makeDefault = await prompter.confirm(`Make ${name} the default ${platform} profile?`, true);
  await context.store.update((current) => {
    current.profiles[name] = profile;
    if (makeDefault || !current.defaults[platform]) current.defaults[platform] = name;
  });
  context.output.success(`Saved profile ${name} (${platform}${makeDefault ? ', default' : ''})`);
  context.output.notice(`Next: ${NEXT_STEPS[platform]}`);
}

const NEXT_STEPS: Record<Platform, string> = {
  quay: 'regnotify notification list NAMESPACE/REPOSITORY',
  alauda: 'regnotify hook list',
  codearts: 'regnotify subscription status GROUP/REPOSITORY',
};
