// The request `regnotify api` sends, from its arguments: method, path, body (--data, --input or fields) and query.
// Everything here runs before anything is sent, so bad input is exit 2 with no request.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../../core/errors.js';
import type { HttpMethod } from '../../http/transport.js';
import { fieldsBody, fieldsQuery, type Field } from './fields.js';

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export function parseMethod(text: string): HttpMethod {
  const method = text.toUpperCase();
  if (!(METHODS as readonly string[]).includes(method)) throw new UsageError(`invalid method "${text}" (allowed: ${METHODS.join(', ')})`);
  return method as HttpMethod;
}

export function checkPath(path: string): void {
  if (!path.startsWith('/')) throw new UsageError(`invalid path "${path}" (it must start with /)`);
  // URL parsing drops CR, LF and tab silently: the request would go somewhere else than written.
  if (/[\u0000-\u001f\u007f]/.test(path)) {
    throw new UsageError(`invalid path ${JSON.stringify(path)} (control characters are not allowed; percent-encode them, e.g. %0A)`);
  }
}

/** The JSON of --data or of the --input file; undefined without either. */
export async function readJsonBody(method: HttpMethod, data: string | undefined, input: string | undefined): Promise<unknown> {
  if (data !== undefined && input !== undefined) throw new UsageError('--data and --input cannot be used together');
  if ((method === 'GET' || method === 'HEAD') && (data !== undefined || input !== undefined)) {
    throw new UsageError(`${method} takes no request body (--data and --input are for POST, PUT, PATCH and DELETE)`);
  }
  const text = input !== undefined ? await readFile(input, 'utf8').catch(() => {
    throw new UsageError(`--input: cannot read "${input}"`);
  }) : data;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${input !== undefined ? '--input' : '--data'}: not valid JSON`);
  }
}

/** The path with these parameters added to its query (after any it has). */
function withQuery(path: string, parameters: Array<[string, string]>): string {
  if (!parameters.length) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams(parameters).toString()}`;
}

/**
 * Fields are the JSON body of a POST, PUT, PATCH or DELETE; the query of a GET or HEAD, or of any request whose
 * body --data or --input gives (as `gh api` does with --input).
 */
export function placeFields(method: HttpMethod, path: string, fields: readonly Field[], body: unknown): { path: string; body: unknown } {
  if (!fields.length) return { path, body };
  if (method === 'GET' || method === 'HEAD' || body !== undefined) return { path: withQuery(path, fieldsQuery(fields)), body };
  return { path, body: fieldsBody(fields) };
}
