// The setup wizard: platform → server → credentials → a cheap authenticated call → name → save.
// Nothing is stored until the last step, so Ctrl-C anywhere leaves the profiles untouched.
// Every platform fact (servers, ways to authenticate, questions, the check) comes from its descriptor.
import type { Profile } from '../../config/profile.js';
import { normalizeServer, serverBase } from '../../config/resolve.js';
import { refuseUserinfo } from '../../config/server-url.js';
import { PROFILE_NAME } from '../../config/summary.js';
import { RegnotifyError } from '../../core/errors.js';
import type { AuthKind, PlatformDescriptor, SetupQuestion } from '../../platforms/descriptor.js';
import { DESCRIPTORS, descriptorOf, PLATFORMS, type Platform } from '../../platforms/index.js';
import type { Prompter } from '../../prompts/prompter.js';
import type { Context } from '../context.js';
import { acquireCredentials } from './credentials.js';

function validUrl(value: string): true | string {
  try {
    refuseUserinfo(value.trim(), '--server');
    normalizeServer(value.trim());
    return true;
  } catch (error) {
    return (error as Error).message.replace(/^--server: /, '');
  }
}

function required(what: string) {
  return (value: string): true | string => (value.trim() ? true : `${what} is required`);
}

/** A URL that ends in the platform's API path is taken as its server, with a notice. */
async function askUrl(context: Context, prompter: Prompter, message: string, apiPrefix: string): Promise<string> {
  const base = serverBase((await prompter.input(message, { validate: validUrl })).trim(), 'the URL', apiPrefix);
  if (base.notice) context.output.notice(base.notice);
  return base.url;
}

interface ServerAnswer {
  fields: Pick<Profile, 'server' | 'region'>;
  /** A URL the person entered rather than one the platform offers. */
  other: boolean;
}

async function askServer(context: Context, prompter: Prompter, descriptor: PlatformDescriptor): Promise<ServerAnswer> {
  const { servers } = descriptor;
  const choices = await servers.choices();
  const picked = await prompter.select(servers.question, choices.map((choice) => ({ name: choice.name, value: choice })));
  if (!picked.other) return { fields: { ...(picked.server && { server: picked.server }), ...(picked.region && { region: picked.region }) }, other: false };
  const server = await askUrl(context, prompter, servers.otherUrlQuestion, descriptor.apiPrefix);
  const region = servers.otherRegionQuestion ? (await prompter.input(servers.otherRegionQuestion)).trim() : '';
  return { fields: { server, ...(region && { region }) }, other: true };
}

const NAMES: Record<SetupQuestion['key'], string> = {
  token: 'the token',
  namespace: 'the namespace',
  username: 'the user name',
  domain: 'the domain',
  password: 'the password',
  accessKey: 'the access key',
  secretKey: 'the secret key',
  savePassword: 'the answer',
  projectId: 'the project id',
  iamEndpoint: 'the IAM endpoint',
};

function emptyOrUrl(value: string): true | string {
  return value.trim() === '' ? true : validUrl(value);
}

async function ask(prompter: Prompter, question: SetupQuestion): Promise<string | boolean> {
  const what = NAMES[question.key];
  switch (question.kind) {
    case 'confirm':
      return prompter.confirm(question.message, false);
    case 'secret':
      return (await prompter.secret(question.message, { validate: required(what) })).trim();
    case 'input':
      if (question.key === 'iamEndpoint') return (await prompter.input(question.message, { validate: emptyOrUrl })).trim();
      return (await prompter.input(question.message, question.optional ? {} : { validate: required(what) })).trim();
  }
}

/** Asks the questions of one way to authenticate; a password sign-in is exchanged by the platform's acquirer. */
async function askCredentials(context: Context, prompter: Prompter, descriptor: PlatformDescriptor, base: Profile, otherServer: boolean): Promise<Profile> {
  const kinds = descriptor.authKinds;
  const kind: AuthKind =
    kinds.length === 1 ? kinds[0] : await prompter.select(descriptor.authQuestion, kinds.map((entry) => ({ name: entry.label, value: entry })));
  const answers: Record<string, string | boolean> = {};
  for (const question of kind.questions) {
    if (question.onlyForOtherServer && !otherServer) continue;
    const answer = await ask(prompter, question);
    if (question.kind === 'secret') context.addSecret(answer as string);
    if (answer !== '') answers[question.key] = answer;
  }
  const { token, namespace, ...signIn } = answers as Partial<Record<string, string>>;
  const profile: Profile = { ...base, ...(token && { token }), ...(namespace && { namespace }) };
  if (kind.name === 'token') return profile;
  return { ...profile, ...(await acquireCredentials(context, { ...signIn, region: base.region }, profile)) };
}

async function verify(context: Context, descriptor: PlatformDescriptor, profile: Profile): Promise<string> {
  const http = await context.http(profile.platform, { connection: context.connectionFor(profile) });
  return descriptor.verify(http);
}

async function askName(prompter: Prompter, platform: Platform, existing: ReadonlyMap<string, Profile>): Promise<string> {
  for (;;) {
    const name = (
      await prompter.input('Name for this profile', {
        defaultValue: existing.has(platform) ? undefined : platform,
        validate: (value) => (PROFILE_NAME.test(value.trim()) ? true : 'use letters, digits, ".", "_" and "-" (at most 64), starting with a letter or digit'),
      })
    ).trim();
    if (!existing.has(name) || (await prompter.confirm(`A profile named ${name} exists. Replace it?`, false))) return name;
  }
}

/**
 * Server and credentials until the check passes, the person saves anyway, or quits (undefined). A failed
 * sign-in (a wrong password) offers the same choices as a failed check, and either may be the server's fault.
 */
async function askWorkingProfile(context: Context, prompter: Prompter, descriptor: PlatformDescriptor, platform: Platform): Promise<Profile | undefined> {
  let server = await askServer(context, prompter, descriptor);
  for (;;) {
    let profile: Profile | undefined;
    try {
      profile = await askCredentials(context, prompter, descriptor, { platform, ...server.fields }, server.other);
      context.output.notice('Checking the credentials…');
      context.output.success(`Credentials work: ${await verify(context, descriptor, profile)}`);
      return profile;
    } catch (error) {
      if (!(error instanceof RegnotifyError) || error.exitCode === 130) throw error;
      context.output.warn(`${profile ? 'the check failed' : 'signing in failed'}: ${error.message}`);
      const next = await prompter.select('What now?', [
        { name: 'Enter the credentials again', value: 'retry' },
        { name: `Change the server (${server.fields.server ?? server.fields.region ?? 'default'})`, value: 'server' },
        ...(profile ? [{ name: 'Save the profile anyway', value: 'save' }] : []),
        { name: 'Quit without saving', value: 'quit' },
      ]);
      if (next === 'quit') return undefined;
      if (next === 'save' && profile) return profile;
      if (next === 'server') server = await askServer(context, prompter, descriptor);
    }
  }
}

export async function runInitWizard(context: Context): Promise<void> {
  const prompter = await context.prompter();
  const platform = await prompter.select<Platform>(
    'Which platform do you want to set up?',
    PLATFORMS.map((name) => ({ name: DESCRIPTORS[name].label, value: name })),
  );
  const descriptor = descriptorOf(platform);
  const profile = await askWorkingProfile(context, prompter, descriptor, platform);
  if (!profile) {
    context.output.notice('Nothing saved.');
    return;
  }
  const data = await context.store.read();
  const name = await askName(prompter, platform, data.profiles);
  const makeDefault = await prompter.confirm(`Make ${name} the default ${platform} profile?`, true);
  let madeDefault = false;
  await context.store.update((current) => {
    current.profiles.set(name, profile);
    madeDefault = makeDefault || !current.defaults[platform];
    if (madeDefault) current.defaults[platform] = name;
  });
  context.output.success(`Saved profile ${name} (${platform}${makeDefault ? ', default' : ''})`);
  context.output.notice(`Next: ${descriptor.nextStep}`);
  // -o json: the result object profile add prints, for a person who asked for it (nothing on a table).
  await context.output.result({ action: 'saved', profile: name, platform, default: madeDefault });
}
