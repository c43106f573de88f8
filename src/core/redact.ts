// Every credential the process knows is replaced before a line reaches the terminal.
import { parseHttpUrl, parseUrl } from './parse-url.js';

export const MASK = '***';

const SECRET_KEY = /(secret|token|password|passwd|credential|signature|api[_-]?key|access[_-]?key|secret[_-]?key|private[_-]?key)$/i;
const NOT_SECRET_KEYS = new Set(['has_token', 'token_type']);

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !NOT_SECRET_KEYS.has(key.toLowerCase());
}

/** The values of the variables that hold credentials (the platforms name them), set ones only. */
export function secretsOfEnv(env: Record<string, string | undefined>, names: readonly string[]): string[] {
  return names.map((name) => env[name]).filter((value): value is string => Boolean(value));
}

/** `https://user:pass@host` → the password and `user:pass` (what HTTP basic auth base64-encodes). */
export function secretsOfUrl(text: string | undefined): string[] {
  if (!text) return [];
  const url = parseUrl(text);
  if (!url || (!url.username && !url.password)) return [];
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const user = decode(url.username);
  const password = decode(url.password);
  return [url.password, password, `${user}:${password}`, `${url.username}:${url.password}`, ...(password ? [] : [user, url.username])];
}

/**
 * A secret shorter than this is masked only where it stands alone (no letter, digit or underscore touches it):
 * masking a 3-character password inside every word that contains it would garble output and tell nothing.
 * From this length on a secret is masked wherever it appears, even inside a longer word.
 */
export const MIN_EMBEDDED_SECRET_LENGTH = 8;

const WORD_CHARACTER = '[A-Za-z0-9_]';

/**
 * Each form a secret takes on the way out: as typed; inside JSON as JavaScript, Python (ensure_ascii) and Go
 * (HTML-safe) write it; percent-encoded in a URL path or query; HTML-escaped in an error page; base64-encoded,
 * which CodeArts does to webhook fields and HTTP basic auth does to `user:password`.
 */
export function secretEncodings(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const base64 = Buffer.from(secret, 'utf8').toString('base64');
  const base64url = Buffer.from(secret, 'utf8').toString('base64url');
  const forms = [
    secret,
    json,
    asciiJson(json),
    asciiJson(json).replace(/[<>&]/g, unicodeEscape),
    json.replace(/[<>&\u2028\u2029]/g, unicodeEscape),
    ...percentEncodings(secret),
    secret.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character]),
    base64,
    base64.replace(/=+$/, ''),
    base64url,
  ];
  return [...new Set(forms.filter((form) => form !== ''))];
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Python's json.dumps default: every non-ASCII UTF-16 unit as \uXXXX (lower-case hex). */
function asciiJson(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, unicodeEscape);
}

function percentEncodings(secret: string): string[] {
  try {
    const component = encodeURIComponent(secret);
    return [component, encodeURI(secret), new URLSearchParams({ s: secret }).toString().slice(2), component.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())];
  } catch {
    // A lone surrogate cannot be percent-encoded, so it cannot travel in a URL either.
    return [];
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `scheme://user:password@host`: whatever sits before the last @ of the authority. */
// A quote ends it too, so a URL inside a JSON string never swallows the rest of the document.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"]*(?:@[^\s/?#@"]*)*@/gi;
const SECRET_QUERY_VALUE = /([?&][^=&#\s]*(?:token|secret|password|key|signature)[^=&#\s]*=)[^&#\s]*/gi;

export type Redactor = (text: string) => string;

export interface RedactorOptions {
  /**
   * Secrets shorter than this are left alone. Data on stdout uses MIN_EMBEDDED_SECRET_LENGTH: there a short
   * secret standing alone would hit ordinary values (`"id": 7`) and break the JSON, and the fields that hold
   * secrets are masked by name anyway.
   */
  minLength?: number;
  /** Also mask secret-looking URL query values (`?access_token=…`): right for trace and error lines, wrong for data. */
  queryValues?: boolean;
}

/**
 * Replaces every known secret, in every encoding, with ***; also the userinfo of any URL and secret-looking
 * URL query values. One regular expression, longest form first, so a secret that contains another is masked
 * whole rather than leaving its tail behind.
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined>, options: RedactorOptions = {}): Redactor {
  const { minLength = 1, queryValues = true } = options;
  const patterns = new Map<string, string>();
  for (const secret of new Set(secrets)) {
    if (typeof secret !== 'string' || secret === '' || secret.length < minLength) continue;
    const standsAlone = secret.length < MIN_EMBEDDED_SECRET_LENGTH;
    for (const form of secretEncodings(secret)) {
      const literal = escapeRegExp(form);
      const pattern = standsAlone ? `(?<!${WORD_CHARACTER})${literal}(?!${WORD_CHARACTER})` : literal;
      // An embedded match covers every stand-alone one, so it wins when two secrets share a form.
      if (!standsAlone || !patterns.has(form)) patterns.set(form, pattern);
    }
  }
  const ordered = [...patterns.entries()].sort(([a], [b]) => b.length - a.length).map(([, pattern]) => pattern);
  const known = ordered.length ? new RegExp(ordered.join('|'), 'g') : undefined;
  return (text) => {
    const result = (known ? text.replace(known, MASK) : text).replace(URL_USERINFO, `$1${MASK}@`);
    return queryValues ? result.replace(SECRET_QUERY_VALUE, `$1${MASK}`) : result;
  };
}

/**
 * Where a platform keeps secrets in its objects, declared by the platform (its catalog): given any object of a
 * response or request, the paths, from that object, of the fields that hold a secret. A Quay Slack notification
 * answers [['config', 'url']]; an object that is not the platform's answers [].
 */
export type SecretFields = (object: Readonly<Record<string, unknown>>) => ReadonlyArray<readonly string[]>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Own property even for a key such as "__proto__", which plain assignment would turn into a prototype. */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/** With keepOrigin, a secret URL keeps its origin so a table can still say where it points: https://hooks.slack.com/*** */
function maskedValue(secret: string, keepOrigin: boolean): string {
  const url = keepOrigin ? parseHttpUrl(secret) : undefined;
  return url ? `${url.origin}/${MASK}` : MASK;
}

/**
 * A deep copy with every secret field masked: the fields the platforms declare (`fields`) and, whatever the
 * platform, every secret-looking key (`token`, `secret`, `password`, …). Structure and other values untouched;
 * an empty secret stays empty so "not set" stays visible.
 */
export function maskSecrets<T>(value: T, fields: readonly SecretFields[] = [], options: { keepOrigin?: boolean } = {}): T {
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, fields, options)) as T;
  if (!isPlainObject(value)) return value;
  // Loops rather than entries/flatMap: a plan masks thousands of objects, and each copy should cost only itself.
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const field = value[key];
    setOwn(copy, key, isSecretKey(key) && typeof field === 'string' && field !== '' ? MASK : maskSecrets(field, fields, options));
  }
  for (const declared of fields) {
    for (const path of declared(value)) {
      const parent = path.slice(0, -1).reduce<unknown>((node, key) => (isPlainObject(node) && Object.hasOwn(node, key) ? node[key] : undefined), copy);
      const key = path[path.length - 1];
      if (isPlainObject(parent) && typeof parent[key] === 'string' && parent[key] !== '' && parent[key] !== MASK) {
        setOwn(parent, key, maskedValue(parent[key] as string, Boolean(options.keepOrigin)));
      }
    }
  }
  return copy as T;
}
