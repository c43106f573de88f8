// `-H 'Name: value'` of `regnotify api`. Unlike `gh api`, a header cannot replace the credentials: the platform's
// authentication sets them after the headers are composed (and AK/SK signs them), so an Authorization given here
// would be overwritten or break the signature. Credentials come from the profile, REGNOTIFY_TOKEN or the
// platform's variables. Error messages name a header, never its value.
import { UsageError } from '../../core/errors.js';

/** RFC 9110 token characters. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Message framing and content coding belong to the transport: a wrong one would corrupt the exchange. */
const TRANSPORT_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'te', 'expect', 'accept-encoding']);

/** Names as lower-case keys; a name given twice gets both values, comma-separated (RFC 9110 §5.3). */
export function parseHeaders(lines: readonly string[] = [], credentialHeaders: readonly string[]): Record<string, string> {
  const credentials = new Set(credentialHeaders.map((name) => name.toLowerCase()));
  // No prototype: a header named __proto__ stays a header.
  const headers: Record<string, string> = Object.create(null);
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) {
      const first = line.trim().split(/\s/)[0];
      const shown = first.length < line.trim().length ? `${first}…` : first;
      throw new UsageError(`-H "${shown}": expected "Name: value"`, { hint: 'e.g. -H "Accept: application/json"' });
    }
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (!HEADER_NAME.test(name)) {
      throw new UsageError(`-H: invalid header name "${name}" (allowed: letters, digits and ! # $ % & ' * + - . ^ _ \` | ~)`);
    }
    const key = name.toLowerCase();
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) {
      throw new UsageError(`-H ${name}: the value holds a control character (allowed: printable characters and tabs)`);
    }
    if (credentials.has(key)) {
      throw new UsageError(`-H ${name}: regnotify sets this header from the credentials itself`, {
        hint: 'pick the credentials with --profile or the environment (regnotify help environment)',
      });
    }
    if (TRANSPORT_HEADERS.has(key)) throw new UsageError(`-H ${name}: regnotify sets this header itself`);
    headers[key] = Object.hasOwn(headers, key) ? `${headers[key]}, ${value}` : value;
  }
  return headers;
}
