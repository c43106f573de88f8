// `-f key=value` and `-F key=value` of `regnotify api`, read the way `gh api` reads them (cli/cli
// pkg/cmd/api/fields.go): -f sends the text as it is; -F turns true, false, null and numbers into JSON values and
// reads `@file` (or `@-`, standard input) into a string. The fields become a JSON body, or the query of a GET.
import { UsageError } from '../../core/errors.js';

export interface Field {
  /** As typed, brackets included: `labels[]`, `config[url]`. */
  key: string;
  value: unknown;
  /** The flag and key it came from, for error messages (`-F count`); never the value, which may be a secret. */
  source: string;
}

export interface FieldSources {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const INTEGER = /^-?(?:0|[1-9]\d*)$/;

function splitField(flag: string, text: string): { key: string; value: string } {
  const equals = text.indexOf('=');
  const key = equals < 0 ? text : text.slice(0, equals);
  // The value is left out of the message: it may be a secret.
  if (equals < 0) throw new UsageError(`${flag} "${text}": expected key=value`, { hint: `e.g. ${flag} name=ci` });
  if (key === '') throw new UsageError(`${flag}: a field needs a key before "=" (expected key=value)`, { hint: `e.g. ${flag} name=ci` });
  return { key, value: text.slice(equals + 1) };
}

/** -F's value: JSON literals and numbers typed, `@file` and `@-` read, anything else a string. */
async function typedValue(source: string, text: string, sources: FieldSources): Promise<unknown> {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  if (JSON_NUMBER.test(text)) {
    const number = Number(text);
    // 12345678901234567890 would arrive as 12345678901234567000: a different id.
    if (INTEGER.test(text) && !Number.isSafeInteger(number)) {
      throw new UsageError(`${source}: ${text} is too large to send exactly as a JSON number (use -f to send it as a string)`);
    }
    return number;
  }
  if (text === '@-') return sources.readStdin();
  if (text.startsWith('@')) {
    const path = text.slice(1);
    return sources.readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`${source}: cannot read "${path}" (${error.code ?? error.message})`);
    });
  }
  return text;
}

/** Every -f and then every -F field, in the order given; bad input is exit 2 before anything is sent. */
export async function parseFields(raw: readonly string[] = [], typed: readonly string[] = [], sources: FieldSources): Promise<Field[]> {
  const fields: Field[] = raw.map((text) => {
    const { key, value } = splitField('-f', text);
    return { key, value, source: `-f ${key}` };
  });
  const typedFields = typed.map((text) => {
    const { key, value } = splitField('-F', text);
    return { key, value, source: `-F ${key}` };
  });
  const fromStdin = typedFields.filter((field) => field.value === '@-');
  if (fromStdin.length > 1) {
    throw new UsageError(`-F: standard input can be read only once (${fromStdin.map((field) => `${field.key}=@-`).join(' and ')})`);
  }
  for (const field of typedFields) fields.push({ key: field.key, source: field.source, value: await typedValue(field.source, field.value, sources) });
  for (const field of fields) keyPath(field);
  return fields;
}

/** `config[url]` → ['config', 'url']; `labels[]` → ['labels', ''] (append). */
function keyPath(field: Field): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(field.key);
  const path = match ? [match[1], ...[...match[2].matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1])] : undefined;
  if (!path || path.slice(0, -1).includes('')) {
    throw new UsageError(`${field.source}: invalid key "${field.key}" (allowed: name, name[key], name[key][key], name[] to add to a list)`);
  }
  return path;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property even for "__proto__", which plain assignment would turn into a prototype. */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The JSON body of a POST, PUT, PATCH or DELETE: `a[b]=1` nests, `a[]=1 a[]=2` makes a list, a later value wins. */
export function fieldsBody(fields: readonly Field[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const path = keyPath(field);
    const append = path[path.length - 1] === '';
    const keys = append ? path.slice(0, -1) : path;
    const clash = (depth: number, what: string) =>
      new UsageError(`${field.source}: "${keys.slice(0, depth).join('.')}" ${what}`, { hint: 'give each key either a value, keys (key[name]) or list items (key[])' });
    let parent = body;
    for (const [index, key] of keys.slice(0, -1).entries()) {
      const existing = Object.hasOwn(parent, key) ? parent[key] : undefined;
      if (existing === undefined) setOwn(parent, key, {});
      else if (!isObject(existing)) throw clash(index + 1, 'was given a value or list already, it cannot hold keys too');
      parent = parent[key] as Record<string, unknown>;
    }
    const key = keys[keys.length - 1];
    const existing = Object.hasOwn(parent, key) ? parent[key] : undefined;
    if (append) {
      if (existing === undefined) setOwn(parent, key, [field.value]);
      else if (Array.isArray(existing)) existing.push(field.value);
      else throw clash(keys.length, 'was given a value or keys already, it cannot be a list too');
    } else {
      if (isObject(existing) || Array.isArray(existing)) throw clash(keys.length, 'holds keys or a list already, it cannot be a value too');
      setOwn(parent, key, field.value);
    }
  }
  return body;
}

/** The query of a GET or HEAD, keys as typed (`labels[]=a&labels[]=b`): null is empty, other JSON values their text. */
export function fieldsQuery(fields: readonly Field[]): Array<[string, string]> {
  return fields.map((field) => [field.key, typeof field.value === 'string' ? field.value : field.value === null ? '' : JSON.stringify(field.value)]);
}
