// Options several hook verbs share, declared once and spread into their definitions, and the reading of the
// secret flags.
import { alaudaEvents, alaudaSubjectTypes } from '../completion-values.js';
import type { Context } from '../context.js';
import { UsageError } from '../../core/errors.js';
import { ALAUDA_SUBJECT_TYPES, allEventNames, generateSecret, subjectTypeNames, validateHookSecret } from '../../platforms/alauda/catalog.js';
import type { ArgumentSpec, OptionSpec, OptionSpecs } from '../define.js';

/** `build_repo: build:complete; image_repo: image:push; job: job:succeed, job:fail`, from the catalog. */
export const EVENTS_BY_SUBJECT_TYPE = ALAUDA_SUBJECT_TYPES.map((type) => `${type.name}: ${type.events.map((event) => event.name).join(', ')}`).join('; ');

export const HOOK_ID: ArgumentSpec = { name: 'id', description: 'hook id, e.g. 4' };

// The choices put the catalog's values in --help; the handler checks them with the catalog, whose messages
// suggest the closest value and say which subject type an event belongs to.
export function eventOption(description: string) {
  return { value: 'event', description, choices: allEventNames, repeatable: true, complete: alaudaEvents } as const satisfies OptionSpec;
}

export function subjectTypeOption(description: string) {
  return { value: 'type', description, choices: subjectTypeNames, complete: alaudaSubjectTypes } as const satisfies OptionSpec;
}

export const SECRET_OPTIONS = {
  secret: { value: 'secret', description: 'shared secret Alauda signs deliveries with (configuration, not a credential)' },
  generateSecret: { description: 'generate a strong random secret and print it once on stderr' },
} as const satisfies OptionSpecs;

export interface SecretFlags {
  secret?: string;
  generateSecret?: boolean;
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
