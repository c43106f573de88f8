// Alauda web hook facts: subject types, their subjects and events. Validation, help text, completions,
// the wizard and the emulator's server-side checks all read this one table.

import { crypto } from '../../core/builtins.js';
import { UsageError } from '../../core/errors.js';
import type { SecretFields } from '../../core/redact.js';
import { describeChoice } from '../../core/suggest.js';
import { parseHttpUrl } from '../../core/parse-url.js';

export interface AlaudaEvent {
  name: string;
  description: string;
}

export interface AlaudaSubjectType {
  name: string;
  description: string;
  /** What `subject` holds: a `namespace/repo` short path or a job id. */
  subjectForm: 'repository' | 'job id';
  events: readonly AlaudaEvent[];
}

export const ALAUDA_SUBJECT_TYPES = [
  {
    name: 'build_repo',
    description: 'image build repository',
    subjectForm: 'repository',
    events: [{ name: 'build:complete', description: 'a build of the repository finished' }],
  },
  {
    name: 'image_repo',
    description: 'image repository',
    subjectForm: 'repository',
    events: [{ name: 'image:push', description: 'an image was pushed to the repository' }],
  },
  {
    name: 'job',
    description: 'task (job)',
    subjectForm: 'job id',
    events: [
      { name: 'job:succeed', description: 'the job succeeded' },
      { name: 'job:fail', description: 'the job failed' },
    ],
  },
] as const satisfies readonly AlaudaSubjectType[];

export type SubjectTypeName = (typeof ALAUDA_SUBJECT_TYPES)[number]['name'];
export type EventName = (typeof ALAUDA_SUBJECT_TYPES)[number]['events'][number]['name'];

export const subjectTypeNames: readonly SubjectTypeName[] = ALAUDA_SUBJECT_TYPES.map((type) => type.name);
export const allEventNames: readonly EventName[] = ALAUDA_SUBJECT_TYPES.flatMap((type) =>
  type.events.map((event) => event.name),
);

const subjectExamples: Record<AlaudaSubjectType['subjectForm'], string> = {
  repository: 'namespace/repo, e.g. alaudauser/docker_images_test',
  'job id': 'a job id without whitespace',
};

export function findSubjectType(name: string): AlaudaSubjectType | undefined {
  return ALAUDA_SUBJECT_TYPES.find((type) => type.name === name);
}

export function eventNamesFor(subjectType: SubjectTypeName): readonly EventName[] {
  return findSubjectType(subjectType)!.events.map((event) => event.name as EventName);
}

/** The subject types whose events include `event` (for hints when it was given to the wrong one). */
export function subjectTypesWithEvent(event: string): SubjectTypeName[] {
  return ALAUDA_SUBJECT_TYPES.filter((type) => type.events.some((entry) => entry.name === event)).map(
    (type) => type.name,
  );
}

// Shared by the client validators and the emulator's server-side check, so both agree on every rule.

function subjectProblem(subjectType: AlaudaSubjectType, subject: string): string | undefined {
  if (subjectType.subjectForm === 'repository') {
    const parts = subject.split('/');
    const wellFormed = parts.length === 2 && parts.every((part) => part !== '' && !/\s/.test(part));
    return wellFormed ? undefined : `expected ${subjectExamples.repository}`;
  }
  return subject !== '' && !/\s/.test(subject) ? undefined : `expected ${subjectExamples['job id']}`;
}

// JSON quoting keeps a message on one line even when the value holds a newline.
const quote = (value: string): string => JSON.stringify(value);

export function validateSubjectType(subjectType: string): SubjectTypeName {
  const found = findSubjectType(subjectType);
  if (!found) throw new UsageError(describeChoice('subject type', subjectType, subjectTypeNames));
  return found.name as SubjectTypeName;
}

/** Returns the events de-duplicated, in the order given. */
export function validateEvents(subjectType: SubjectTypeName, events: readonly string[]): EventName[] {
  const allowed = eventNamesFor(subjectType);
  if (events.length === 0) {
    throw new UsageError(`no events given for subject type ${subjectType} (allowed: ${allowed.join(', ')})`);
  }
  for (const event of events) {
    if (!(allowed as readonly string[]).includes(event)) throw unknownEvent(subjectType, event, allowed);
  }
  return [...new Set(events)] as EventName[];
}

function unknownEvent(subjectType: SubjectTypeName, event: string, allowed: readonly string[]): UsageError {
  const owners = subjectTypesWithEvent(event);
  const hint = owners.length > 0 ? `${event} belongs to subject type ${owners.join(', ')}` : undefined;
  return new UsageError(describeChoice(`${subjectType} event`, event, allowed), { hint });
}

/**
 * For `hook update`, before the hook (and so its subject type) is known: each event must at least be an
 * Alauda event. Returns them de-duplicated, in the order given.
 */
export function validateKnownEvents(events: readonly string[]): EventName[] {
  for (const event of events) {
    if (!(allEventNames as readonly string[]).includes(event)) throw new UsageError(describeChoice('event', event, allEventNames));
  }
  return [...new Set(events)] as EventName[];
}

export function validateSubject(subjectType: SubjectTypeName, subject: string): string {
  const problem = subjectProblem(findSubjectType(subjectType)!, subject);
  if (problem) throw new UsageError(`invalid ${subjectType} subject ${quote(subject)} (${problem})`);
  return subject;
}

export function validateHookUrl(url: string): string {
  if (!parseHttpUrl(url)) {
    throw new UsageError(
      `invalid hook URL ${quote(url)} (expected an absolute http or https URL, e.g. http://example.com:8080/hooks)`,
    );
  }
  return url;
}

/** Returns the name trimmed. */
export function validateHookName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new UsageError(`invalid hook name ${quote(name)} (expected non-empty text)`);
  return trimmed;
}

/**
 * Alauda signs deliveries with the secret (HMAC), so a trivially short one lets anybody forge them; and a
 * secret this short could not be told apart from ordinary words when it is redacted from output.
 */
export const MIN_HOOK_SECRET_LENGTH = 8;

/** What every hook secret must be, one a hook already has included: not blank. */
export function validateHookSecretGiven(secret: string): string {
  if (secret.trim() === '') throw new UsageError('invalid hook secret (expected non-empty text)');
  return secret;
}

/** The secret is kept as given (it is a key). The value is never quoted back. */
export function validateHookSecret(secret: string): string {
  validateHookSecretGiven(secret);
  const length = [...secret].length;
  if (length < MIN_HOOK_SECRET_LENGTH) {
    throw new UsageError(`invalid hook secret (${length} character${length === 1 ? '' : 's'}; at least ${MIN_HOOK_SECRET_LENGTH} are needed)`, {
      hint: 'pass --generate-secret to have a strong one made',
    });
  }
  return secret;
}

export function parseHookId(text: string): number {
  const id = /^[1-9][0-9]*$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(id)) {
    throw new UsageError(`invalid hook id ${quote(text)} (expected a positive whole number, e.g. 4)`);
  }
  return id;
}

/** A hook's `secret` signs its deliveries; Alauda returns it in plain text in every answer. */
export const alaudaSecretFields: SecretFields = (object) => ('subject_type' in object && 'secret' in object ? [['secret']] : []);

/** A hook secret for when the user gives none: 32 random bytes, hex. */
export function generateSecret(): string {
  return crypto().randomBytes(32).toString('hex');
}

/** Django REST framework style field errors: `{"events": ["This list may not be empty."]}`. */
export type FieldErrors = Record<string, string[]>;

const required = 'This field is required.';
const blank = 'This field may not be blank.';

function stringFieldProblem(value: unknown): string | undefined {
  if (value === undefined) return required;
  if (value === null) return 'This field may not be null.';
  if (typeof value !== 'string') return 'Not a valid string.';
  return value.trim() === '' ? blank : undefined;
}

function eventsProblem(value: unknown, subjectType: AlaudaSubjectType | undefined): string | undefined {
  if (value === undefined) return required;
  if (!Array.isArray(value)) return `Expected a list of items but got type "${typeName(value)}".`;
  if (value.length === 0) return 'This list may not be empty.';
  // Without a valid subject type there is nothing to check the events against; that field reports it.
  if (!subjectType) return undefined;
  const allowed = subjectType.events.map((event) => event.name);
  const unknownIndex = value.findIndex((event) => !allowed.includes(event));
  if (unknownIndex === -1) return undefined;
  const event = JSON.stringify(value[unknownIndex]);
  return `${event} is not a valid event for subject type ${subjectType.name} (allowed: ${allowed.join(', ')}).`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'list' : typeof value;
}

/**
 * The emulator's check of a hook body, worded like the Django REST framework Alauda runs on.
 * For a PUT, pass the body with the stored hook's `subject_type` and `subject` filled in.
 * Returns undefined when the body is acceptable.
 */
export function serverValidateHook(body: unknown): FieldErrors | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { non_field_errors: [`Invalid data. Expected a dictionary, but got ${typeName(body)}.`] };
  }
  const fields = body as Record<string, unknown>;
  const errors: FieldErrors = {};
  const add = (field: string, problem: string | undefined): void => {
    if (problem) errors[field] = [problem];
  };

  let subjectType: AlaudaSubjectType | undefined;
  const typeProblem = stringFieldProblem(fields.subject_type);
  if (typeProblem) add('subject_type', typeProblem);
  else {
    subjectType = findSubjectType(fields.subject_type as string);
    if (!subjectType) add('subject_type', `${JSON.stringify(fields.subject_type)} is not a valid choice.`);
  }

  const subjectStringProblem = stringFieldProblem(fields.subject);
  if (subjectStringProblem) add('subject', subjectStringProblem);
  else if (subjectType) {
    const shape = subjectProblem(subjectType, fields.subject as string);
    if (shape) add('subject', `Invalid ${subjectType.name} subject: ${shape}.`);
  }

  add('events', eventsProblem(fields.events, subjectType));

  const urlProblem = stringFieldProblem(fields.url);
  add('url', urlProblem ?? (parseHttpUrl(fields.url as string) ? undefined : 'Enter a valid URL.'));

  add('name', stringFieldProblem(fields.name));
  add('secret', stringFieldProblem(fields.secret));

  if (fields.is_active !== undefined && typeof fields.is_active !== 'boolean') {
    add('is_active', 'Must be a valid boolean.');
  }

  return Object.keys(errors).length > 0 ? errors : undefined;
}
