// Options several hook verbs share, declared once and spread into their definitions, and the reading of the
// secret flags.
import { alaudaEvents, alaudaSubjectTypes } from '../completion-values.js';
import type { Context } from '../context.js';
import { UsageError } from '../../core/errors.js';
import { readSecretFromStdin } from '../../core/stdin.js';
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
  secretStdin: { description: 'read the secret from standard input (a flag value shows in ps)' },
  secretEnv: { value: 'var', description: 'read the secret from this environment variable' },
} as const satisfies OptionSpecs;

export interface SecretFlags {
  secret?: string;
  generateSecret?: boolean;
  secretStdin?: boolean;
  secretEnv?: string;
}

/** The secret the flags ask for (given, read from stdin or the environment, or generated), registered so no trace or error ever shows it. */
export async function secretFromFlags(context: Context, flags: SecretFlags): Promise<{ secret?: string; generated: boolean }> {
  const sources = [
    flags.secret !== undefined && '--secret',
    flags.generateSecret && '--generate-secret',
    flags.secretStdin && '--secret-stdin',
    flags.secretEnv !== undefined && '--secret-env',
  ].filter(Boolean);
  if (sources.length > 1) throw new UsageError(`${sources.join(' and ')} cannot be used together`);
  let given = flags.secret;
  if (flags.secretEnv !== undefined) {
    given = context.env[flags.secretEnv];
    if (given === undefined) throw new UsageError(`--secret-env: the environment variable "${flags.secretEnv}" is not set`);
  }
  if (flags.secretStdin) given = await readSecretFromStdin(context.io.in, '--secret-stdin');
  const secret = flags.generateSecret ? generateSecret() : given === undefined ? undefined : validateHookSecret(given);
  context.addPlatformSecret(secret);
  return { secret, generated: Boolean(flags.generateSecret) };
}

/** The one time a generated secret is shown: on stderr, so stdout stays data. */
export function announceGeneratedSecret(context: Context, hookId: number, secret: string): void {
  context.output.reveal(`Generated secret for hook ${hookId}: ${secret} (record it now: receivers verify deliveries with it)`);
}
