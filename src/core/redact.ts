// Every credential the process knows is replaced before a line reaches the terminal.

export const MASK = '***';

const SECRET_KEY = /(secret|token|password|passwd|credential|signature|api[_-]?key|access[_-]?key|secret[_-]?key|private[_-]?key)$/i;
const NOT_SECRET_KEYS = new Set(['has_token', 'token_type']);

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !NOT_SECRET_KEYS.has(key.toLowerCase());
}

/** A deep copy with every secret-looking field masked; structure and other values untouched. */
export function maskSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
      copy[key] = isSecretKey(key) && typeof field === 'string' && field !== '' ? MASK : maskSecrets(field);
    }
    return copy as T;
  }
  return value;
}

export type Redactor = (text: string) => string;

/** Replaces each known secret value, and secret-looking URL query values, with ***. */
export function createRedactor(secrets: ReadonlyArray<string | undefined>): Redactor {
  const known = [...new Set(secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 4))]
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text;
    for (const secret of known) result = result.split(secret).join(MASK);
    return result.replace(/([?&][^=&#\s]*(?:token|secret|password|key|signature)[^=&#\s]*=)[^&#\s]*/gi, `$1${MASK}`);
  };
}
