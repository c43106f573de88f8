// What `regnotify api --include` prints before the body, like `gh api -i`: the status line and the response
// headers, with the values of cookie and credential headers masked (a server may hand out a session or a token).
import { STATUS_CODES } from 'node:http';
import { isSecretKey, MASK } from '../../core/redact.js';

const CREDENTIAL_HEADERS = new Set(['set-cookie', 'cookie', 'authorization', 'proxy-authorization']);

export interface ResponseHead {
  status: number;
  /** Lower-case names, in the order the server sent them. */
  headers: Record<string, string>;
}

/** `HTTP/1.1 200 OK`, one `name: value` line a header, then the blank line that separates them from the body. */
export function describeResponseHead({ status, headers }: ResponseHead): string {
  // The transport speaks HTTP/1.1 only (src/http/dispatcher.ts); undici does not keep the server's reason phrase.
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd()];
  for (const [name, value] of Object.entries(headers)) {
    lines.push(`${name}: ${CREDENTIAL_HEADERS.has(name) || isSecretKey(name) ? MASK : value}`);
  }
  return `${lines.join('\n')}\n\n`;
}
