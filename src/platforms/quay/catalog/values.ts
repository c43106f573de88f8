// Config keys and the value helpers the event and method rules share.

import { UsageError } from '../../../core/errors.js';
import { describeChoice } from '../../../core/suggest.js';

export type JsonObject = Record<string, unknown>;

export interface ConfigKey {
  readonly key: string;
  /** One line, shown in help, `regnotify events` and the wizard. */
  readonly description: string;
  readonly required: boolean;
  /** Filled in by regnotify from other keys; accepted on input so an exported config applies again. Never prompted for. */
  readonly derived?: boolean;
}

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `key=` and nulls mean "not given", so they neither count as a value nor go on the wire. */
export function withoutBlankValues(config: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(config).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  );
}

/** `key=value` parsing turns digits into numbers; keys that hold text take them back as text. */
export function textValue(value: unknown, label: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new UsageError(`${label} must be text (got ${JSON.stringify(value)})`);
}

/** Refuses unknown keys; `what` is "config" or "event config", `owner` the method or event. */
export function checkKnownKeys(what: string, owner: string, config: JsonObject, keys: readonly ConfigKey[]): void {
  const allowed = keys.map((entry) => entry.key);
  for (const key of Object.keys(config)) {
    if (allowed.includes(key)) continue;
    if (allowed.length === 0) throw new UsageError(`unknown ${owner} ${what} key "${key}" (${owner} takes no ${what})`);
    throw new UsageError(describeChoice(`${owner} ${what} key`, key, allowed));
  }
}

/** The required keys not given, each as `webhook config "url" (description)`, for one error naming them all. */
export function missingKeys(what: string, owner: string, config: JsonObject, keys: readonly ConfigKey[]): string[] {
  return keys.filter((entry) => entry.required && !(entry.key in config)).map((entry) => `${owner} ${what} "${entry.key}" (${entry.description})`);
}
