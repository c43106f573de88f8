import { readFile } from 'node:fs/promises';
import { platformValues } from './completion-values.js';
import type { Command } from 'commander';
import { DESCRIPTORS, PLATFORMS } from '../platforms/index.js';
import { UsageError } from '../core/errors.js';
import { describeSize, MAX_ERROR_BODY_BYTES } from '../http/limits.js';
import type { HttpMethod } from '../http/transport.js';
import { defineCommand, toCommand, type OptionsOf, type OptionSpecs } from './define.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

const API_OPTIONS = {
  platform: { value: 'platform', description: 'platform to talk to', choices: PLATFORMS, strict: true, mandatory: true, complete: platformValues },
  data: { value: 'json', description: 'JSON request body' },
  input: { value: 'file', description: 'read the JSON request body from a file' },
} as const satisfies OptionSpecs;

type ApiOptions = OptionsOf<typeof API_OPTIONS>;

async function readBody(options: ApiOptions): Promise<unknown> {
  if (options.data !== undefined && options.input !== undefined) throw new UsageError('--data and --input cannot be used together');
  const text = options.input !== undefined ? await readFile(options.input, 'utf8').catch(() => {
    throw new UsageError(`--input: cannot read "${options.input}"`);
  }) : options.data;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${options.input !== undefined ? '--input' : '--data'}: not valid JSON`);
  }
}

export const apiSpec = defineCommand({
  name: 'api',
  description: 'Send an authenticated request to a platform API and print the response body',
  arguments: [
    { name: 'method', description: `HTTP method (${METHODS.join(', ')})` },
    { name: 'path', description: `path under the API base (${PLATFORMS.map((name) => `${DESCRIPTORS[name].apiPrefix} for ${name}`).join(', ')}), with its query` },
  ],
  options: API_OPTIONS,
  examples: [
    'regnotify api GET "/repository?namespace=acme" --platform quay',
    'regnotify api POST /hooks --platform alauda --data \'{"subject_type":"job","subject":"42","events":["job:fail"],"secret":"s","url":"https://ci.example.com/hook","name":"ci"}\'',
    'regnotify api GET /repositories/123/notification-subscriptions/status --platform codearts',
  ],
  async run(context, [methodText, path], options) {
    const method = methodText.toUpperCase() as HttpMethod;
    if (!(METHODS as readonly string[]).includes(method)) {
      throw new UsageError(`invalid method "${methodText}" (allowed: ${METHODS.join(', ')})`);
    }
    if (!path.startsWith('/')) throw new UsageError(`invalid path "${path}" (it must start with /)`);
    // URL parsing drops CR, LF and tab silently: the request would go somewhere else than written.
    if (/[\u0000-\u001f\u007f]/.test(path)) {
      throw new UsageError(`invalid path ${JSON.stringify(path)} (control characters are not allowed; percent-encode them, e.g. %0A)`);
    }
    if ((method === 'GET' || method === 'HEAD') && (options.data !== undefined || options.input !== undefined)) {
      throw new UsageError(`${method} takes no request body (--data and --input are for POST, PUT, PATCH and DELETE)`);
    }
    const body = await readBody(options);
    const http = await context.http(options.platform!);
    const response = await http.raw({ method, path, body });
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
