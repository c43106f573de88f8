import { readFile } from 'node:fs/promises';
import { platformValues } from './completion-values.js';
import type { Command } from 'commander';
import { DESCRIPTORS, PLATFORMS } from '../platforms/index.js';
import { UsageError } from '../core/errors.js';
import { isSecretKey } from '../core/redact.js';
import { readStandardInput } from '../core/stdin.js';
import { describeSize, MAX_ERROR_BODY_BYTES } from '../http/limits.js';
import { parseFields } from './api/fields.js';
import { parseHeaders } from './api/headers.js';
import { checkPath, METHODS, parseMethod, placeFields, readJsonBody } from './api/request.js';
import { defineCommand, toCommand, type OptionSpecs } from './define.js';

const API_OPTIONS = {
  platform: { value: 'platform', description: 'platform to talk to', choices: PLATFORMS, strict: true, mandatory: true, complete: platformValues },
  data: { value: 'json', description: 'JSON request body' },
  input: { value: 'file', description: 'read the JSON request body from a file' },
  rawField: { short: 'f', value: 'key=value', repeatable: true, description: 'a string field: the JSON body, or the query of a GET (key[sub]=v nests, key[]=v lists)' },
  field: { short: 'F', value: 'key=value', repeatable: true, description: 'a typed field: true, false, null and numbers as JSON, @file or @- (stdin) read in' },
  header: { short: 'H', value: 'name: value', repeatable: true, description: 'a request header (not the credentials: those come from the profile)' },
  paginate: { description: 'read every page of a GET list and print its items as one JSON array' },
  include: { short: 'i', description: 'print the status line and response headers before the body (cookies and credentials masked)' },
} as const satisfies OptionSpecs;

export const apiSpec = defineCommand({
  name: 'api',
  description: 'Send an authenticated request to a platform API and print the response body',
  // POST, PUT, PATCH and DELETE change things: --dry-run prints them instead (unlike gh api, which has none).
  writes: true,
  arguments: [
    { name: 'method', description: `HTTP method (${METHODS.join(', ')})` },
    { name: 'path', description: `path under the API base (${PLATFORMS.map((name) => `${DESCRIPTORS[name].apiPrefix} for ${name}`).join(', ')}), with its query` },
  ],
  options: API_OPTIONS,
  examples: [
    'regnotify api GET /repository -f namespace=acme --platform quay --query "repositories[].name"',
    'regnotify api GET /repository -f namespace=acme --platform quay --paginate -o yaml',
    'regnotify api POST /hooks --platform alauda -f subject_type=job -f subject=42 -f "events[]=job:fail" -f secret=s -f url=https://ci.example.com/hook -f name=ci',
    'regnotify api PUT /repositories/123/notification-subscriptions/subscription -f type=email --platform codearts --input settings.json',
    'regnotify api GET /user/repositories --platform codearts --paginate --query "[].id"',
    'regnotify api GET /repository/acme/app --platform quay --include -H "X-Trace: 1"',
    'regnotify api DELETE /hooks/4 --platform alauda --dry-run   # prints the DELETE, sends nothing',
  ],
  async run(context, [methodText, path], options) {
    const method = parseMethod(methodText);
    checkPath(path);
    const descriptor = DESCRIPTORS[options.platform!];
    const headers = parseHeaders(options.header, descriptor.credentialHeaders);
    // An API key given as a header is a credential: a server that echoes it back does not get it printed.
    for (const [name, value] of Object.entries(headers)) if (isSecretKey(name)) context.addSecret(value);
    const fields = await parseFields(options.rawField, options.field, {
      readFile: (file) => readFile(file, 'utf8'),
      readStdin: () => readStandardInput(context.io.in),
    });
    const request = placeFields(method, path, fields, await readJsonBody(method, options.data, options.input));
    if (options.paginate) {
      if (method !== 'GET') throw new UsageError(`--paginate reads lists: it works with GET, not ${method}`);
      if (options.include) throw new UsageError('--paginate and --include cannot be used together (the headers of each page would break the one JSON array)');
      const [http, pages, { readAllPages }] = await Promise.all([context.http(options.platform!), descriptor.apiPages(), import('./api/paginate.js')]);
      return context.output.body(JSON.stringify(await readAllPages(http, pages, { path: request.path, headers })));
    }
    const http = await context.http(options.platform!);
    const response = await http.raw({ method, path: request.path, body: request.body, headers });
    if (options.include) await context.output.text((await import('./api/response-head.js')).describeResponseHead(response));
    // Of an error page over the read limit only the start is known: a part of a body is not printed as the body.
    if (response.truncated) context.output.warn(`the response body is over ${describeSize(MAX_ERROR_BODY_BYTES)}; not shown`);
    // A server may echo a credential back or send control characters: the output layer deals with both.
    else await context.output.body(response.text);
    if (response.status >= 300) throw http.errorFor(response);
  },
});

export function registerApi(program: Command): void {
  program.addCommand(toCommand(apiSpec));
}
