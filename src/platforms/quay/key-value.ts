// `--config key=value` and `--event-config key=value` pairs → one object.

import { UsageError } from '../../core/errors.js';

/**
 * Splits each pair at its first `=`. A value that is a JSON object, array, number, boolean or null is
 * kept as that JSON value (`target={"kind":"user","name":"x"}`, `days=7`); anything else stays text.
 */
export function parseKeyValues(pairs: readonly string[], flagName: string): Record<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const pair of pairs) {
    const separator = pair.indexOf('=');
    const key = separator === -1 ? '' : pair.slice(0, separator).trim();
    if (key === '') throw new UsageError(`invalid ${flagName} "${pair}" (expected key=value)`);
    if (entries.has(key)) throw new UsageError(`${flagName} key "${key}" is given more than once`);
    entries.set(key, parseValue(pair.slice(separator + 1)));
  }
  // fromEntries defines own properties, so a key such as "__proto__" cannot reach the prototype.
  return Object.fromEntries(entries);
}

function parseValue(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof parsed === 'string') return text;
  // Keep the text when the number would not print back the same (1e3, 1.0, 20-digit ids):
  // a token or room id must never be silently rewritten.
  if (typeof parsed === 'number' && String(parsed) !== text) return text;
  return parsed;
}
