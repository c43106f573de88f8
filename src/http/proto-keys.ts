// A server may send "__proto__" as an ordinary key: a Quay tag may be called __proto__ (the OCI distribution spec's
// tag rule, [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}, allows it) and a notification's config is whatever its creator sent.
// JSON.parse keeps such a key as an own property, but zod builds its output by assignment and so leaves every
// "__proto__" out on purpose (assigning one would replace the prototype instead). -o json promises the object as
// returned, so the key travels through the schema under a stand-in name, checked like any other key, and comes back
// as an own property of a plain object.
import type { z } from 'zod';

const PROTO = '__proto__';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Whether a "__proto__" own key stands anywhere in the value, and every key that could clash with a stand-in. */
function scan(value: unknown, keys: Set<string>): boolean {
  if (Array.isArray(value)) return value.reduce<boolean>((found, item) => scan(item, keys) || found, false);
  if (!isPlainObject(value)) return false;
  let found = false;
  for (const key of Object.keys(value)) {
    if (key === PROTO) found = true;
    else if (key.startsWith(PROTO)) keys.add(key);
    found = scan(value[key], keys) || found;
  }
  return found;
}

/** A deep copy with every `from` key renamed `to`, in place (Object.fromEntries defines keys, never sets a prototype). */
function renameKeys(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, from, to));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key === from ? to : key, renameKeys(item, from, to)]));
}

/**
 * Whether JSON text may hold the key: written as is or with some of its letters escaped (\u005f is "_", \u0070 "p",
 * \u0072 "r", \u006f "o", \u0074 "t"). Most answers hold neither, and this spares searching every object they parse to.
 */
const MAY_HOLD_PROTO = /__proto__|\\u00(?:5f|70|72|6f|74)/i;

/**
 * schema.safeParse(body), with the body's "__proto__" keys kept (where the schema keeps other keys of that object).
 * `text` is the JSON the body was parsed from.
 */
export function safeParseKeepingProtoKeys<T>(schema: z.ZodType<T>, body: unknown, text: string): z.ZodSafeParseResult<T> {
  const keys = new Set<string>();
  if (!MAY_HOLD_PROTO.test(text) || !scan(body, keys)) return schema.safeParse(body);
  let standIn = `${PROTO}-`;
  while (keys.has(standIn)) standIn += '-';
  const result = schema.safeParse(renameKeys(body, PROTO, standIn));
  if (!result.success) {
    for (const { path } of result.error.issues) path.forEach((key, index) => key === standIn && (path[index] = PROTO));
    return result;
  }
  return { ...result, data: renameKeys(result.data, standIn, PROTO) as T };
}
