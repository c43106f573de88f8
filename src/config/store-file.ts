// The profiles file as text: what is wrong with it, if anything, and how a change is written back without
// losing what this version of regnotify does not know (unknown keys, at the top, in `defaults` or in a
// profile, stay as they were). Pure functions, so every rule can be checked without touching a disk.
import { defaultsSchema, profileSchema, PLATFORMS, type Profile, type StoreData } from './profile.js';

/** The file could not be understood; `problem` says why, in words a person can act on. */
export class StoreFileProblem extends Error {
  constructor(readonly problem: string) {
    super(problem);
  }
}

/** A parsed file: the data commands work on, and the file as it was, for the keys they do not know. */
export interface StoreDocument {
  data: StoreData;
  original: Record<string, unknown>;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** "an array", "null", "a string": what a JSON value is, for messages. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The first zod issue, as `field: message`; never the offending value (it may be a secret). */
function firstIssue(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const issue = error.issues[0];
  const where = (issue?.path ?? []).map(String).join('.');
  return `${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`;
}

/** `text` undefined means there is no file yet. */
export function parseStore(text: string | undefined): StoreDocument {
  if (text === undefined) return { data: { profiles: new Map(), defaults: {} }, original: {} };
  if (text.trim() === '') throw new StoreFileProblem('is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's own message quotes the text, which may hold a token: say only what is wrong.
    throw new StoreFileProblem('is not valid JSON');
  }
  if (!isObject(parsed)) throw new StoreFileProblem(`holds ${describeJson(parsed)}, not an object with "profiles" and "defaults"`);
  const profiles = new Map<string, Profile>();
  const storedProfiles = parsed.profiles ?? {};
  if (!isObject(storedProfiles)) throw new StoreFileProblem(`has ${describeJson(storedProfiles)} as "profiles", not an object of profiles by name`);
  for (const name of Object.keys(storedProfiles)) {
    const result = profileSchema.safeParse(storedProfiles[name]);
    if (!result.success) throw new StoreFileProblem(`has an invalid profile ${JSON.stringify(name)}: ${firstIssue(result.error)}`);
    // The stored object itself, not zod's copy: every key it has (known or not) survives as it was.
    profiles.set(name, storedProfiles[name] as Profile);
  }
  const storedDefaults = parsed.defaults ?? {};
  const defaults = defaultsSchema.safeParse(storedDefaults);
  if (!defaults.success) throw new StoreFileProblem(`has invalid defaults: ${firstIssue(defaults.error)}`);
  const data: StoreData = { profiles, defaults: {} };
  for (const platform of PLATFORMS) {
    const name = defaults.data[platform];
    if (name !== undefined) data.defaults[platform] = name;
  }
  return { data, original: parsed };
}

/** The file's new text: `data` in place of what it was read from, every other key untouched. */
export function serializeStore(data: StoreData, original: JsonObject): string {
  const originalDefaults = isObject(original.defaults) ? original.defaults : {};
  const defaults: JsonObject = { ...originalDefaults };
  for (const platform of PLATFORMS) {
    if (data.defaults[platform] === undefined) delete defaults[platform];
    else defaults[platform] = data.defaults[platform];
  }
  // Object.fromEntries and spreading define own properties: a profile named "__proto__" stays a profile.
  const document: JsonObject = { ...original, profiles: Object.fromEntries(data.profiles), defaults };
  return `${JSON.stringify(document, null, '\t')}\n`;
}
