// `hook create` on a terminal: subject type, subject, events, URL, name and secret, each checked as typed.
import type { CreateOptions } from './create.js';
import type { Asker } from '../../prompts/ask-missing.js';
import {
  ALAUDA_SUBJECT_TYPES,
  eventNamesFor,
  validateHookName,
  validateHookSecret,
  validateHookUrl,
  validateSubject,
  validateSubjectType,
  type SubjectTypeName,
} from '../../platforms/alauda/catalog.js';
import { askForMissing, asPromptCheck } from '../../prompts/ask-missing.js';
import { formatCommandLine, runFlagParts, type CommandPart, type RunFlags } from '../../prompts/command-line.js';
import type { Prompter } from '../../prompts/prompter.js';

async function ask(prompter: Prompter, flags: CreateOptions & RunFlags): Promise<CreateOptions & RunFlags> {
  const subjectType: SubjectTypeName = flags.subjectType
    ? validateSubjectType(flags.subjectType)
    : await prompter.select('What should the hook watch?', ALAUDA_SUBJECT_TYPES.map((type) => ({ name: `${type.name} — ${type.description}`, value: type.name })));
  const form = ALAUDA_SUBJECT_TYPES.find((type) => type.name === subjectType)!.subjectForm;
  const subject = flags.subject ?? (await prompter.input(`Subject (${form})`, { validate: asPromptCheck((value) => validateSubject(subjectType, value)) })).trim();
  const allowed = eventNamesFor(subjectType);
  let events = flags.event?.length ? flags.event : undefined;
  if (!events && allowed.length === 1) events = [...allowed];
  events ??= await prompter.checkbox(
    'Which events? (space to tick, Enter to confirm)',
    allowed.map((event) => ({ name: event, value: event })),
    (ticked) => (ticked.length ? true : 'tick at least one event'),
  );
  const url = flags.url ?? (await prompter.input('URL Alauda should POST deliveries to', { validate: asPromptCheck(validateHookUrl) })).trim();
  const name = flags.name ?? (await prompter.input('Name of the hook', { validate: asPromptCheck(validateHookName) })).trim();
  let secretFlags = { secret: flags.secret, generateSecret: flags.generateSecret };
  if (secretFlags.secret === undefined && !secretFlags.generateSecret && !flags.secretStdin && flags.secretEnv === undefined) {
    const choice = await prompter.select('Secret that signs deliveries', [
      { name: 'Generate a strong random one (shown once)', value: 'generate' },
      { name: 'Type one', value: 'type' },
    ]);
    secretFlags =
      choice === 'generate' ? { secret: undefined, generateSecret: true } : { secret: await prompter.secret('Secret', { validate: asPromptCheck(validateHookSecret) }), generateSecret: undefined };
  }
  return { ...flags, subjectType, subject, event: [...events], url, name, ...secretFlags };
}

/** Where the secret comes from, never the secret: it is shown once, by the command. */
function secretPart(options: CreateOptions): CommandPart {
  if (options.generateSecret) return '--generate-secret';
  if (options.secretEnv !== undefined) return ['--secret-env', options.secretEnv];
  if (options.secretStdin) return '--secret-stdin';
  return ['--secret', '***'];
}

function commandLine(options: CreateOptions & RunFlags): string {
  const parts: CommandPart[] = ['regnotify', 'hook', 'create', ['--subject-type', options.subjectType], ['--subject', options.subject]];
  for (const event of options.event ?? []) parts.push(['--event', event]);
  parts.push(['--url', options.url], ['--name', options.name], secretPart(options), ...runFlagParts(options));
  return formatCommandLine(parts);
}

/**
 * The flags, completed by questions on a terminal. Without one, every missing flag is named at once (exit 2),
 * the secret among them when something else is missing too; a secret or the events missing alone get their own
 * messages later.
 */
export async function completeHookFlags(asker: Asker, flags: CreateOptions & RunFlags, missing: string[]): Promise<CreateOptions> {
  const secretMissing = flags.secret === undefined && !flags.generateSecret && !flags.secretStdin && flags.secretEnv === undefined;
  if (!asker.canPrompt) {
    // --event missing alone: the catalog's own message names the events the subject type allows.
    const others = missing.length === 1 && missing[0] === '--event' ? [] : missing;
    const named = others.length && secretMissing ? [...others, '--secret or --generate-secret'] : others;
    return (await askForMissing(asker, named, (prompter) => ask(prompter, flags), commandLine)) ?? flags;
  }
  const needed = missing.length ? missing : secretMissing ? ['--secret'] : [];
  return (await askForMissing(asker, needed, (prompter) => ask(prompter, flags), commandLine)) ?? flags;
}
