// Flags several hook verbs share, and the reading of the secret flags.
import { Option, type Command } from 'commander';
import { alaudaEvents, alaudaSubjectTypes } from '../completion-values.js';
import { withCompletion } from '../../completion/values.js';
import type { Context } from '../context.js';
import { UsageError } from '../../core/errors.js';
import { collect } from '../command.js';
import { ALAUDA_SUBJECT_TYPES, allEventNames, generateSecret, subjectTypeNames, validateHookSecret } from '../../platforms/alauda/catalog.js';

/** `build_repo: build:complete; image_repo: image:push; job: job:succeed, job:fail`, from the catalog. */
export const EVENTS_BY_SUBJECT_TYPE = ALAUDA_SUBJECT_TYPES.map((type) => `${type.name}: ${type.events.map((event) => event.name).join(', ')}`).join('; ');

// choices() puts the catalog's values in --help; the handler checks them with the catalog, whose messages
// suggest the closest value and say which subject type an event belongs to.
export function eventOption(description: string): Option {
  return withCompletion(new Option('--event <event>', description).choices(allEventNames).argParser(collect), alaudaEvents);
}

export function subjectTypeOption(description: string): Option {
  return withCompletion(new Option('--subject-type <type>', description).choices(subjectTypeNames).argParser((value: string) => value), alaudaSubjectTypes);
}

export interface SecretFlags {
  secret?: string;
  generateSecret?: boolean;
}

export function addSecretOptions(command: Command): void {
  command
    .option('--secret <secret>', 'shared secret Alauda signs deliveries with (configuration, not a credential)')
    .option('--generate-secret', 'generate a strong random secret and print it once on stderr');
}

/** The secret the flags ask for (given or generated), registered so no trace or error ever shows it. */
export function secretFromFlags(context: Context, flags: SecretFlags): { secret?: string; generated: boolean } {
  if (flags.secret !== undefined && flags.generateSecret) throw new UsageError('--secret and --generate-secret cannot be used together');
  const secret = flags.generateSecret ? generateSecret() : flags.secret === undefined ? undefined : validateHookSecret(flags.secret);
  context.addPlatformSecret(secret);
  return { secret, generated: Boolean(flags.generateSecret) };
}

/** The one time a generated secret is shown: on stderr, so stdout stays data. */
export function announceGeneratedSecret(context: Context, hookId: number, secret: string): void {
  context.output.reveal(`Generated secret for hook ${hookId}: ${secret} (record it now: receivers verify deliveries with it)`);
}
